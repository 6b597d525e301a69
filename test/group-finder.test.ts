import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/group-finder/ally-group-finder.js';
import { AllyGroupFinder } from '../src/group-finder/group-finder.component.js';
import { DEFAULT_GROUPS } from '../src/group-finder/default-groups.js';
import { withTimeoutsDue } from './fake-clock.js';
import { captureConsole, fixtureIn, shadow, textOf } from './helpers.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
const names = (el: Element) => parts(el, 'result-name').map((h) => h.textContent!.trim());
const count = (el: Element) => part(el, 'count')!.textContent!.replace(/[\u2066\u2069]/g, '').trim();

/** Renders the finder and waits until its data is in. */
async function finder(template: TemplateResult, locale = 'en'): Promise<AllyGroupFinder> {
  const el = await fixtureIn<AllyGroupFinder>(template, locale);
  await waitUntil(() => !/Loading|Cargando/.test(count(el)), 'the groups never loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Types into the search box the way a visitor's keyboard does (an input event per change). */
async function search(el: AllyGroupFinder, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const LOCAL = [
  { name: 'Iglesia San José', city: 'Grand Rapids', state: 'MI', zip: '49503', services: 'sanctuary;accompaniment', languages: 'es;en', immigrant_led: 'yes' },
  { name: 'Detroit Rapid Response', city: 'Detroit', state: 'MI', lat: '42.33', lng: '-83.05', services: 'rapid-response', languages: 'en;ar' },
  { name: 'Los Angeles Legal Clinic', city: 'Los Angeles', state: 'CA', lat: 34.05, lng: -118.24, services: 'legal', languages: 'es;ko' },
  { name: 'Houston Bond Fund', city: 'Houston', state: 'TX', lat: 29.76, lng: -95.36, services: 'bail-fund;legal', languages: 'es;vi', phone: '(713) 555-0100' },
  { name: 'Austin Legal Aid', city: 'Austin', state: 'Texas', zip: '78701', services: 'legal', languages: 'en;es', email: 'help@example.org', website: 'example.org/austin' },
  { name: 'Everywhere Legal Network', description: 'Serves every state.', services: 'legal', languages: 'en', national: 'true', website: 'https://example.org/national' },
];
const inline = (rows: unknown[] = LOCAL) => html`<script type="application/json">
  ${JSON.stringify(rows)}
</script>`;

describe('<ally-group-finder>', () => {
  const original = { zip: AllyGroupFinder.zipTableBase, timeout: AllyGroupFinder.feedTimeout, delay: AllyGroupFinder.searchDelay };
  beforeEach(() => {
    AllyGroupFinder.zipTableBase = new URL('/test-feed/', location.href).href;
    AllyGroupFinder.searchDelay = 20;
  });
  afterEach(() => {
    Object.assign(AllyGroupFinder, { zipTableBase: original.zip, feedTimeout: original.timeout, searchDelay: original.delay });
  });

  describe('data sources', () => {
    it('shows the bundled national organisations when there is no src and no inline data', async () => {
      const el = await finder(html`<ally-group-finder></ally-group-finder>`);
      expect(textOf(el)).to.contain('Find a group near you');
      expect(count(el)).to.equal(`${DEFAULT_GROUPS.length} groups found`);
      expect(names(el)).to.include('United We Dream');
      expect(part(el, 'hotline')!.getAttribute('href')).to.equal('tel:+18443631423');
      for (const a of parts<HTMLAnchorElement>(el, 'website')) expect(a.href).to.match(/^https:\/\//);
      expect(part(el, 'notice')).to.equal(null);
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      expect(names(el)).to.deep.equal(LOCAL.map((g) => g.name));
      expect(textOf(el)).to.contain('Grand Rapids, MI').and.contain('Austin, TX');
    });

    it('reads a Google Sheet published as CSV, and counts skipped rows in one console warning', async () => {
      let el!: AllyGroupFinder;
      const warnings = await captureConsole('warn', async () => (el = await finder(html`<ally-group-finder src="/test-feed/sheet"></ally-group-finder>`)));
      expect(names(el)).to.deep.equal(['Iglesia San José, Grand Rapids', 'Make the "Road" Project', 'Line one\nline two']);
      // One warning names the column it does not use, one counts the rows and values it left out.
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('this column was not used: "Extra column"');
      expect(warnings[1]).to.contain('skipped 1 of 4 rows (no name: 1)');
      expect(part(el, 'notice')).to.equal(null);
    });

    it('loads the demo CSV shipped for partners', async () => {
      const el = await finder(html`<ally-group-finder src="/demo/groups-demo.csv"></ally-group-finder>`);
      expect(names(el)).to.include('Grand Rapids Rapid Response to ICE').and.include('Make the Road New York');
      expect(textOf(el)).to.contain('DEMO DATA');
    });

    for (const [src, reason] of [
      ['/test-feed/not-found', 'HTTP 404'],
      ['/test-feed/bad.json', 'not valid JSON'],
      ['/test-feed/slow.json?ms=3000', 'did not answer within 10 s'],
      ['/test-feed/oversize.csv', 'larger than 5 MB'],
      ['/test-feed/page.html', 'is a web page'],
    ]) {
      it(`falls back to the default list with a visible notice (not announced on load) when the feed fails: ${reason}`, async () => {
        let el!: AllyGroupFinder;
        const run = async () => (el = await finder(html`<ally-group-finder src=${src}></ally-group-finder>`));
        // The slow feed's 10 s timeout is made due at once (fake clock), so no test waits for it.
        const warnings = await captureConsole('warn', () => (src.includes('slow') ? withTimeoutsDue(AllyGroupFinder.feedTimeout, run) : run()));
        expect(part(el, 'notice')!.textContent).to.contain('could not load the list');
        expect(part(el, 'notice')!.closest('[role="status"]')).to.equal(null);
        expect(names(el)).to.include('United We Dream');
        expect(warnings.join('\n')).to.contain(reason).and.contain(`src="${src}"`);
      });
    }

    it('falls back the same way for invalid inline JSON', async () => {
      let el!: AllyGroupFinder;
      const warnings = await captureConsole('warn', async () => {
        el = await finder(html`<ally-group-finder><script type="application/json">[{"name": oops}]</script></ally-group-finder>`);
      });
      expect(part(el, 'notice')).to.exist;
      expect(warnings.join('\n')).to.contain('inline <script type="application/json">').and.contain('not valid JSON');
    });

    it('loads a new list when src changes', async () => {
      const el = await finder(html`<ally-group-finder src="/test-feed/groups.json?n=3"></ally-group-finder>`);
      expect(parts(el, 'result')).to.have.length(3);
      el.src = '/test-feed/groups.json?n=5';
      await waitUntil(() => parts(el, 'result').length === 5);
    });
  });

  describe('safety of feed data', () => {
    it('renders HTML in a feed as text and never links a javascript: website', async () => {
      const evil = [
        { name: '<img src=x onerror="window.hacked=1"><b>Bold</b>', description: '<script>window.hacked=1</script>', website: 'javascript:window.hacked=1', email: 'javascript:alert(1)', phone: 'javascript:alert(1)' },
        { name: 'Data link', website: 'data:text/html,<script>alert(1)</script>' },
      ];
      let el!: AllyGroupFinder;
      await captureConsole('warn', async () => (el = await finder(html`<ally-group-finder>${inline(evil)}</ally-group-finder>`)));
      expect(names(el)[0]).to.equal('<img src=x onerror="window.hacked=1"><b>Bold</b>');
      expect(shadow(el).querySelector('img, b, .results script')).to.equal(null);
      expect(shadow(el).querySelectorAll('a[href]')).to.have.length(0);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('only ever renders http(s), tel: and mailto: links', async () => {
      const el = await finder(html`<ally-group-finder src="/test-feed/groups.json?n=20" suggest-url="https://example.org/add"></ally-group-finder>`);
      const hrefs = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
      expect(hrefs.length).to.be.greaterThan(40);
      for (const href of hrefs) expect(href).to.match(/^(https?:|tel:|mailto:)/);
    });
  });

  describe('search', () => {
    it('matches words ignoring accents and case, by word prefix, all words required', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      await search(el, 'igles');
      expect(names(el)).to.deep.equal(['Iglesia San José']);
      await search(el, 'JOSE');
      expect(names(el)).to.deep.equal(['Iglesia San José']);
      await search(el, 'austin texas');
      expect(names(el)).to.deep.equal(['Austin Legal Aid']);
      // Service names match too: the bond fund offers legal help.
      await search(el, 'legal tex');
      expect(names(el)).to.deep.equal(['Houston Bond Fund', 'Austin Legal Aid']);
      await search(el, 'legal');
      expect(count(el)).to.equal('4 groups found');
      await search(el, 'egal');
      expect(count(el)).to.equal('No groups match your search.');
    });

    it('orders results by distance from a ZIP code and shows the distance in miles', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      await search(el, '49503');
      await waitUntil(() => textOf(el).includes('away'), 'no distances shown', { timeout: 5000 });
      // Grand Rapids (its ZIP), Detroit, Houston, Austin (its ZIP), Los Angeles; then the national network.
      expect(names(el)).to.deep.equal(['Iglesia San José', 'Detroit Rapid Response', 'Houston Bond Fund', 'Austin Legal Aid', 'Los Angeles Legal Clinic', 'Everywhere Legal Network']);
      const meta = parts(el, 'result').map((li) => li.querySelector('.meta')!.textContent!.replace(/\s+/g, ' '));
      expect(meta[0]).to.match(/\d(\.\d)? miles? away/);
      expect(meta[1]).to.match(/1[34]\d miles away/);
      expect(meta[5]).to.not.contain('away');
      await search(el, 'legal 49503');
      await waitUntil(() => names(el).length === 4, 'legal near 49503', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Houston Bond Fund', 'Austin Legal Aid', 'Los Angeles Legal Clinic', 'Everywhere Legal Network']);
    });

    it('says so when a ZIP code is unknown', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      await search(el, '00000');
      await waitUntil(() => part(el, 'notice'), 'no notice for an unknown ZIP', { timeout: 5000 });
      expect(part(el, 'notice')!.textContent).to.contain('could not find the ZIP code').and.contain('00000');
      expect(names(el)).to.have.length(LOCAL.length);
    });

    it('orders by distance with the ZIP table the library carries as a module (the npm package, no folder set)', async () => {
      AllyGroupFinder.zipTableBase = undefined;
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      await search(el, '78701');
      await waitUntil(() => textOf(el).includes('away'), 'no distances shown', { timeout: 10_000 });
      expect(names(el)[0]).to.equal('Austin Legal Aid');
    });

    for (const [base, what] of [
      ['/test-feed/missing/', 'a 404'],
      ['/test-feed/html/', 'an HTML page (a dev server’s answer for a file it does not have)'],
    ]) {
      it(`says the ZIP code data did not load, never "could not find the ZIP code", when the table is ${what}`, async () => {
        AllyGroupFinder.zipTableBase = new URL(base, location.href).href;
        const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
        const warnings = await captureConsole('warn', async () => {
          await search(el, '49503');
          await waitUntil(() => part(el, 'notice'), 'no notice', { timeout: 5000 });
        });
        expect(part(el, 'notice')!.textContent).to.contain('ZIP code data did not load').and.not.contain('could not find');
        expect(warnings.join('\n')).to.contain('ZIP code data did not load').and.not.contain('could not find');
        expect(textOf(el)).to.not.contain('away');
        expect(names(el)).to.have.length(LOCAL.length);
      });
    }

    it('orders by the visitor’s position with "Use my location", and the position stays in the page', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      const geolocation = navigator.geolocation;
      const fake = { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 29.7, longitude: -95.4 } } as GeolocationPosition) };
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: fake });
      try {
        const button = part<HTMLButtonElement>(el, 'locate')!;
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        setTimeout(() => button.click());
        const event = (await oneEvent(el, 'ally-search')) as CustomEvent;
        expect(event.detail).to.deep.equal({ query: '', count: LOCAL.length, zip: false, nearMe: true });
        expect(JSON.stringify(event.detail)).to.not.contain('29.7');
        await waitUntil(() => names(el)[0] === 'Houston Bond Fund', 'not ordered from the position', { timeout: 5000 });
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        button.click();
        await waitUntil(() => names(el)[0] === 'Iglesia San José');
      } finally {
        Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
      }
    });

    it('explains when the position is not available', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      const geolocation = navigator.geolocation;
      const fake = { getCurrentPosition: (_: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1, message: 'denied' } as GeolocationPositionError) };
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: fake });
      try {
        part<HTMLButtonElement>(el, 'locate')!.click();
        await waitUntil(() => part(el, 'notice'));
        expect(part(el, 'notice')!.textContent).to.contain('location is not available');
      } finally {
        Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
      }
    });

    it('with no match, says so, then shows the national organisations', async () => {
      const el = await finder(html`<ally-group-finder suggest-url="groups@example.org">${inline()}</ally-group-finder>`);
      await search(el, 'zzzz');
      expect(count(el)).to.equal('No groups match your search.');
      expect(part(el, 'national')!.textContent).to.contain('Organizations that help everywhere');
      expect(names(el)).to.deep.equal(['Everywhere Legal Network']);
      expect(part<HTMLAnchorElement>(el, 'suggest')!.href).to.equal('mailto:groups@example.org');
    });

    it('with no match in a feed without national organisations, shows the bundled ones', async () => {
      const el = await finder(html`<ally-group-finder>${inline(LOCAL.slice(0, 2))}</ally-group-finder>`);
      await search(el, 'zzzz');
      await waitUntil(() => names(el).includes('United We Dream'));
    });
  });

  describe('filters', () => {
    it('are real labelled form controls that filter by state, service, language and immigrant-led', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      const details = part<HTMLDetailsElement>(el, 'filters')!;
      expect(details.open).to.equal(false);
      const [stateSelect, languageSelect] = details.querySelectorAll('select');
      expect(stateSelect.closest('label')!.textContent).to.contain('State');
      expect([...stateSelect.options].map((o) => o.textContent!.trim())).to.deep.equal(['All states', 'California', 'Michigan', 'Texas']);
      expect([...languageSelect.options].map((o) => o.textContent!.trim())).to.include.members(['Any language', 'English', 'Español', 'Tiếng Việt', '한국어', 'العربية']);

      stateSelect.value = 'MI';
      stateSelect.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // Michigan's groups, then the national organisation that serves Michigan too.
      expect(names(el)).to.deep.equal(['Iglesia San José', 'Detroit Rapid Response', 'Everywhere Legal Network']);
      expect(details.querySelector('summary')!.textContent).to.contain('(1)');

      languageSelect.value = 'ar';
      languageSelect.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Detroit Rapid Response']);

      stateSelect.value = '';
      stateSelect.dispatchEvent(new Event('change'));
      languageSelect.value = '';
      languageSelect.dispatchEvent(new Event('change'));
      const led = [...details.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((c) => c.closest('label')!.textContent!.includes('Immigrant-led'))!;
      led.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Iglesia San José']);
      led.click();
      const legal = [...details.querySelectorAll<HTMLInputElement>('fieldset input')].find((c) => c.closest('label')!.textContent!.includes('Legal help'))!;
      expect(legal.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Services');
      legal.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Los Angeles Legal Clinic', 'Houston Bond Fund', 'Austin Legal Aid', 'Everywhere Legal Network']);
    });

    it('take presets from attributes: "legal help in Texas"', async () => {
      const el = await finder(html`<ally-group-finder state="tx" services="legal, bail-fund">${inline()}</ally-group-finder>`);
      expect(names(el)).to.deep.equal(['Houston Bond Fund', 'Austin Legal Aid', 'Everywhere Legal Network']);
      const details = part<HTMLDetailsElement>(el, 'filters')!;
      expect(details.open).to.equal(true);
      expect(details.querySelector('select')!.value).to.equal('TX');
      expect([...details.querySelectorAll<HTMLInputElement>('fieldset input')].filter((c) => c.checked)).to.have.length(2);
    });

    it('take a preset query and accept a state name', async () => {
      const el = await finder(html`<ally-group-finder query="austin" state="Texas">${inline()}</ally-group-finder>`);
      expect(part<HTMLInputElement>(el, 'input')!.value).to.equal('austin');
      expect(names(el)).to.deep.equal(['Austin Legal Aid']);
    });

    it('warn about unknown services and a suggest-url that is not a web or e-mail address', async () => {
      const warnings = await captureConsole('warn', async () => {
        await finder(html`<ally-group-finder services="legal karaoke" suggest-url="javascript:alert(1)">${inline()}</ally-group-finder>`);
      });
      expect(warnings.join('\n')).to.contain('services="legal karaoke"').and.contain('suggest-url="javascript:alert(1)"');
    });
  });

  describe('results', () => {
    it('show name, place, services, languages in their own names, links and the checked date', async () => {
      const rows = [
        { name: 'Full Record', description: 'Everything filled in.', city: 'Houston', state: 'TX', phone: '713-555-0100', hotline: '1-844-363-1423', email: 'hi@example.org', website: 'https://www.example.org/full', services: 'legal;daca-tps', languages: 'es;vi;zh-Hant', immigrant_led: 'yes', verified: '2026-11-21' },
      ];
      const el = await finder(html`<ally-group-finder>${inline(rows)}</ally-group-finder>`);
      const text = textOf(el);
      expect(text).to.contain('Houston, TX').and.contain('Immigrant-led').and.contain('Legal help, DACA and TPS').and.contain('Details checked Nov 21, 2026');
      expect(parts(el, 'result')[0].querySelector('[lang="vi"]')!.textContent).to.equal('Tiếng Việt');
      expect(parts(el, 'result')[0].querySelector('[lang="es"]')!.textContent).to.equal('Español');
      expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+17135550100');
      expect(part(el, 'call')!.textContent).to.contain('713-555-0100');
      expect(part(el, 'hotline')!.getAttribute('href')).to.equal('tel:+18443631423');
      expect(part(el, 'email')!.getAttribute('href')).to.equal('mailto:hi@example.org');
      expect(part(el, 'website')!.getAttribute('href')).to.equal('https://www.example.org/full');
      expect(part(el, 'website')!.textContent).to.equal('example.org');
      expect(part(el, 'result-name')!.tagName).to.equal('H3');
    });

    it('show 20 at a time; "Show more" adds 20 and moves focus to the first new one', async () => {
      const el = await finder(html`<ally-group-finder src="/test-feed/groups.json?n=45"></ally-group-finder>`);
      expect(parts(el, 'result')).to.have.length(20);
      expect(count(el)).to.equal('Showing 20 of 45 groups');
      part(el, 'more')!.click();
      await waitUntil(() => parts(el, 'result').length === 40);
      expect(shadow(el).activeElement).to.equal(parts(el, 'result')[20]);
      part(el, 'more')!.click();
      await waitUntil(() => parts(el, 'result').length === 45);
      expect(part(el, 'more')).to.equal(null);
      expect(count(el)).to.equal('45 groups found');
      await search(el, 'justice');
      expect(parts(el, 'result').length).to.be.at.most(20);
    });

    it('searches 10,000 records keystroke by keystroke (how fast: npm run bench)', async () => {
      const el = await finder(html`<ally-group-finder src="/test-feed/groups-big.csv?n=10000"></ally-group-finder>`);
      expect(count(el)).to.equal('Showing 20 of 10,000 groups');
      for (const q of ['i', 'ig', 'igl', 'igle', 'iglesia', 'iglesia f']) await search(el, q);
      expect(names(el)).to.have.length(20);
      expect(names(el).every((n) => n.includes('Iglesia'))).to.equal(true);
    });
  });

  describe('events', () => {
    it('ally-search reports the words and count, never a ZIP code', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      setTimeout(() => search(el, 'legal 78701'));
      const event = (await oneEvent(el, 'ally-search')) as CustomEvent;
      expect(event.detail).to.deep.equal({ query: 'legal', count: 4, zip: true, nearMe: false });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(JSON.stringify(event.detail)).to.not.contain('78701');
    });

    it('ally-select names the group whose link a visitor opened', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      const link = part<HTMLAnchorElement>(el, 'call')!;
      link.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'ally-select')) as CustomEvent;
      expect(event.detail).to.deep.equal({ name: 'Houston Bond Fund', via: 'phone' });
    });

    it('ally-select names the right group for a link further down the list', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      const results = [...shadow(el).querySelectorAll('[part~="result"]')];
      expect(results.length).to.be.above(2);
      const last = results[results.length - 1];
      const link = last.querySelector<HTMLAnchorElement>('a[part~="website"], a[part~="email"], a[part~="call"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'ally-select')) as CustomEvent;
      expect(event.detail.name).to.equal(last.querySelector('[part~="result-name"]')!.textContent!.trim());
      expect(event.detail.name).to.not.equal(results[0].querySelector('[part~="result-name"]')!.textContent!.trim());
    });
  });

  describe('keyboard and layout', () => {
    it('is usable by keyboard: Tab to the search box, type, reach the filters and a result link', async () => {
      const el = await finder(html`<ally-group-finder>${inline()}</ally-group-finder>`);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'input'));
      await sendKeys({ type: 'houston' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Houston Bond Fund']);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'locate'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.tagName).to.equal('SUMMARY');
      await sendKeys({ press: 'Enter' });
      expect(part<HTMLDetailsElement>(el, 'filters')!.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.tagName).to.equal('SELECT');
      part<HTMLDetailsElement>(el, 'filters')!.open = false;
      part(el, 'locate')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'call'));
    });

    it('fits 320 px without horizontal scroll, filters open', async () => {
      const wrapper = await fixtureIn<HTMLDivElement>(
        html`<div style="width: 320px"><ally-group-finder state="TX" src="/test-feed/groups.json?n=20" suggest-url="https://example.org/add"></ally-group-finder></div>`,
      );
      const el = wrapper.querySelector('ally-group-finder')!;
      await waitUntil(() => parts(el, 'result').length > 0);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      for (const control of shadow(el).querySelectorAll('input, select, a, button, summary')) {
        expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
    });

    it('touch targets are at least 44 px tall', async () => {
      const el = await finder(html`<ally-group-finder state="TX">${inline()}</ally-group-finder>`);
      for (const control of shadow(el).querySelectorAll('input[type=search], select, .links a, button, summary, label.check')) {
        expect(control.getBoundingClientRect().height, control.outerHTML.slice(0, 60)).to.be.at.least(43.5);
      }
    });
  });

  describe('languages and accessibility', () => {
    it('speaks Spanish with lang="es"', async () => {
      const el = await finder(html`<ally-group-finder lang="es">${inline()}</ally-group-finder>`, 'es');
      expect(count(el)).to.equal('6 grupos encontrados');
      expect(textOf(el)).to.contain('Encuentre un grupo cerca de usted').and.contain('Dirigido por inmigrantes');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
      expect(textOf(el)).to.contain('Ayuda legal');
    });

    for (const lang of ['en', 'es']) {
      it(`is accessible with results, dark theme, filters open, in ${lang}`, async () => {
        const el = await finder(html`<ally-group-finder lang=${lang} theme="dark" state="MI" suggest-url="https://example.org">${inline()}</ally-group-finder>`, lang);
        await expect(el).to.be.accessible();
      });

      it(`is accessible with no match, in ${lang}`, async () => {
        const el = await finder(html`<ally-group-finder lang=${lang} query="zzzz">${inline()}</ally-group-finder>`, lang);
        await waitUntil(() => part(el, 'national'));
        await expect(el).to.be.accessible();
      });

      it(`is accessible with the error notice, in ${lang}`, async () => {
        let el!: AllyGroupFinder;
        await captureConsole('warn', async () => (el = await finder(html`<ally-group-finder lang=${lang} src="/test-feed/not-found"></ally-group-finder>`, lang)));
        expect(part(el, 'notice')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });
});
