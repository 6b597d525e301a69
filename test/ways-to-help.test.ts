import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/ways-to-help/ally-ways-to-help.js';
import type { AllyWaysToHelp } from '../src/ways-to-help/ways-to-help.component.js';
import { waysToHelpStyles } from '../src/ways-to-help/ways-to-help.styles.js';
import { captureConsole, fixtureIn, shadow } from './helpers.js';

const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const toggles = (el: Element) => parts<HTMLButtonElement>(el, 'toggle');
const panel = (el: Element, topic: string) => shadow(el).getElementById(`p-${topic}`)!;
const both = <T extends Element = HTMLElement>(el: Element, a: string, b: string) => shadow(el).querySelector<T>(`[part~="${a}"][part~="${b}"]`);
const group = (el: Element, topic: string) => both(el, 'group', topic)!;
const link = (el: Element, via: string) => both<HTMLAnchorElement>(el, 'link', via)!;
const groupNames = (el: Element) => parts(el, 'group').map((g) => g.getAttribute('part')!.split(' ')[1]);
const titles = (el: Element) => parts(el, 'title').map((t) => t.querySelector('.name')!.textContent);
const links = (el: Element) => parts<HTMLAnchorElement>(el, 'link').map((a) => [a.getAttribute('part'), a.getAttribute('href')]);
const isShown = (node: HTMLElement) => !node.hidden && node.getBoundingClientRect().height > 0;

/** Keeps a test page from following a partner link a test clicks (the click still reaches the widget first). */
function stayOnPage(event: Event): void {
  event.preventDefault();
}

const TITLES = ['Listen first', 'Legal support', 'Volunteer and donate', 'Join and advocate', 'Know-your-rights training'];

describe('<ally-ways-to-help>', () => {
  before(() => document.addEventListener('click', stayOnPage));
  after(() => document.removeEventListener('click', stayOnPage));

  it('opens with Listen first, then every group as a list, each action with a title, plain sentences and what to check first', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help></ally-ways-to-help>`);
    expect(el.getAttribute('layout')).to.equal(null);
    expect(part(el, 'base')!.classList.contains('list')).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Ways to help this week');
    expect(groupNames(el)).to.deep.equal(['listen', 'legal', 'volunteer', 'advocate', 'training']);
    expect(titles(el)).to.deep.equal(TITLES);
    expect(shadow(el).querySelectorAll('button').length).to.equal(0);
    const actions = parts(el, 'action');
    expect(actions.length).to.be.at.least(15);
    for (const action of actions) {
      expect(action.querySelector('[part~="action-title"]')!.textContent!.length).to.be.within(5, 45);
      const body = action.querySelector('p:not([part])')!.textContent!;
      expect(body.length).to.be.within(40, 240);
      expect(body.split(/[.!?:](?:\s|$)/).filter((s) => s.trim()).length).to.be.at.most(3);
      expect(action.querySelector('[part~="check"]')!.textContent).to.match(/^\s*Check first:\s+\S/);
      expect(isShown(action)).to.equal(true);
    }
    expect(group(el, 'listen').textContent).to.contain('Ask what people need').and.contain('immigrant-led');
  });

  it('says what the guides ask of allies, group by group', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help></ally-ways-to-help>`);
    const text = (topic: string) => group(el, topic).textContent!.replace(/\s+/g, ' ');
    expect(text('legal')).to.contain('paperwork').and.contain('court').and.contain('ICE check-in').and.contain('bail').and.contain('legal defense').and.contain('legal clinics').and.contain('DACA').and.contain('TPS').and.contain('Interpret');
    const checkIn = parts(el, 'action').find((a) => a.textContent!.includes('ICE check-in'))!.textContent!.replace(/\s+/g, ' ');
    expect(checkIn).to.contain('The person decides who comes').and.contain('witness').and.contain('do not speak to officers unless asked').and.contain('take notes');
    expect(text('volunteer')).to.contain('food pantry').and.contain('coat').and.contain('school-supply').and.contain('car repair').and.contain('grocery and gas cards').and.contain('vetted organizations');
    expect(text('advocate')).to.contain('ally network').and.contain('sanctuary congregation').and.contain('Celebrate immigrant neighbors').and.contain('letter to the editor');
    expect(text('advocate')).to.contain('just because ICE asks').and.contain('when people leave jail').and.contain('287(g)');
    expect(text('training')).to.contain('know-your-rights training');
  });

  it('topics chooses and orders the groups; unknown words warn and are ignored', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help topics="training  Legal volunteer"></ally-ways-to-help>`);
    expect(groupNames(el)).to.deep.equal(['training', 'legal', 'volunteer']);
    const warnings = await captureConsole('warn', async () => {
      el.topics = 'advocate sports listen';
      await el.updateComplete;
    });
    expect(groupNames(el)).to.deep.equal(['advocate', 'listen']);
    expect(warnings.join('\n')).to.contain('<ally-ways-to-help>: topics="advocate sports listen"');
    await captureConsole('warn', async () => {
      el.topics = 'nothing-valid';
      await el.updateComplete;
    });
    expect(groupNames(el)).to.deep.equal(['listen', 'legal', 'volunteer', 'advocate', 'training']);
  });

  it('adds each partner link to its own group, only when set, and tells the partner with a bubbling, composed ally-action', async () => {
    const plain = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help></ally-ways-to-help>`);
    expect(links(plain)).to.deep.equal([]);
    expect(part(plain, 'contact')).to.equal(null);

    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help volunteer-url="https://example.org/volunteer" donate-url="https://example.org/give"></ally-ways-to-help>`);
    expect(links(el)).to.deep.equal([
      ['link volunteer', 'https://example.org/volunteer'],
      ['link donate', 'https://example.org/give'],
    ]);
    const volunteer = link(el, 'volunteer');
    expect(panel(el, 'volunteer').contains(volunteer)).to.equal(true);
    expect(volunteer.textContent).to.equal('Sign up to volunteer');
    expect(link(el, 'donate').textContent).to.equal('Donate');

    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('ally-action', listener);
    try {
      link(el, 'donate').click();
      volunteer.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      document.removeEventListener('ally-action', listener);
    }
    expect(events.map((e) => e.detail)).to.deep.equal([
      { topic: 'volunteer', via: 'donate' },
      { topic: 'volunteer', via: 'volunteer' },
    ]);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('every link attribute: accompany in Legal support, events in Join and advocate, training in its group, contact after the groups', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help
      accompany-url="https://example.org/accompany"
      events-url="example.org/events"
      training-url="/kyr"
      contact="help@example.org"
    ></ally-ways-to-help>`);
    expect(panel(el, 'legal').contains(link(el, 'accompany'))).to.equal(true);
    expect(link(el, 'accompany').textContent).to.equal('Sign up to accompany someone');
    expect(panel(el, 'advocate').contains(link(el, 'events'))).to.equal(true);
    expect(link(el, 'events').getAttribute('href')).to.equal('https://example.org/events');
    expect(panel(el, 'training').contains(link(el, 'training'))).to.equal(true);
    expect(link(el, 'training').getAttribute('href')).to.equal(new URL('/kyr', location.href).href);
    expect(link(el, 'contact').getAttribute('href')).to.equal('mailto:help@example.org');
    expect(part(el, 'contact')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Not sure where to start? Talk to us');
    expect(part(el, 'groups')!.contains(link(el, 'contact'))).to.equal(false);
    setTimeout(() => link(el, 'contact').click());
    const event = (await oneEvent(document, 'ally-action')) as CustomEvent;
    expect(event.detail).to.deep.equal({ topic: null, via: 'contact' });

    el.contact = 'https://example.org/contact';
    await el.updateComplete;
    expect(link(el, 'contact').getAttribute('href')).to.equal('https://example.org/contact');
  });

  it('ignores a link that is not http(s) (or, for contact, an e-mail address), with a console warning naming the attribute', async () => {
    let el!: AllyWaysToHelp;
    const warnings = await captureConsole('warn', async () => {
      el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help
        volunteer-url="javascript:alert(1)"
        donate-url="data:text/html,hi"
        contact="tel:+16165550142"
        events-url="call us"
      ></ally-ways-to-help>`);
    });
    const text = warnings.join('\n');
    expect(text).to.contain('volunteer-url="javascript:alert(1)"').and.contain('donate-url="data:text/html,hi"');
    expect(text).to.contain('contact="tel:+16165550142"').and.contain('events-url="call us"');
    expect(links(el)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('a').length).to.equal(0);
    await expect(el).to.be.accessible();
    const fixed = await captureConsole('warn', async () => {
      el.volunteerUrl = 'https://example.org/volunteer';
      await el.updateComplete;
    });
    expect(fixed).to.deep.equal([]);
    expect(links(el)).to.deep.equal([['link volunteer', 'https://example.org/volunteer']]);
  });

  it('puts its heading at heading-level, groups one level below and actions two, capped at 6', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help heading-level="3"></ally-ways-to-help>`);
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(new Set(parts(el, 'title').map((t) => t.localName))).to.deep.equal(new Set(['h4']));
    expect(new Set(parts(el, 'action-title').map((t) => t.localName))).to.deep.equal(new Set(['h5']));
    el.headingLevel = 5;
    await el.updateComplete;
    expect(new Set(parts(el, 'action-title').map((t) => t.localName))).to.deep.equal(new Set(['h6']));
  });

  it('accordion: the shared accordion, all closed by default; Enter, Space and the arrow keys work; open="legal" starts open', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help layout="accordion" languages="none"></ally-ways-to-help>`);
    const buttons = toggles(el);
    expect(buttons.length).to.equal(5);
    for (const [i, button] of buttons.entries()) {
      expect(button.parentElement!.localName).to.equal('h3');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(`p-${groupNames(el)[i]}`);
      expect(button.textContent).to.contain(TITLES[i]);
    }
    expect(isShown(panel(el, 'legal'))).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel(el, 'legal'))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isShown(panel(el, 'legal'))).to.equal(false);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);

    const open = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help layout="accordion" open="legal"></ally-ways-to-help>`);
    expect(toggles(open).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
  });

  it('accordion: the browser’s find-in-page opens a closed group', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help layout="accordion"></ally-ways-to-help>`);
    expect(panel(el, 'advocate').getAttribute('hidden')).to.equal('until-found');
    panel(el, 'advocate').dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(toggles(el)[3].getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel(el, 'advocate'))).to.equal(true);
  });

  it('keyboard only: Tab reaches every partner link in order, with a visible focus ring', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help languages="none" volunteer-url="https://example.org/v" donate-url="https://example.org/d" training-url="https://example.org/t" contact="https://example.org/c"></ally-ways-to-help>`);
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement;
      reached.push(active.getAttribute('part')!);
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
    }
    expect(reached).to.deep.equal(['link volunteer', 'link donate', 'link training', 'link contact']);
  });

  it('renders the partner’s own actions in each group’s slot, and hides the no-JavaScript fallback', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help layout="accordion" open="all">
      <p>Fallback: ways to help</p>
      <p slot="listen" id="mine-listen">Come to our listening circle on Sundays.</p>
      <p slot="legal" id="mine-legal">Our clinic meets on Tuesdays.</p>
      <p slot="volunteer" id="mine-volunteer">We need drivers.</p>
      <p slot="advocate" id="mine-advocate">City council meets on the 2nd Monday.</p>
      <p slot="training" id="mine-training">Training in Spanish every month.</p>
    </ally-ways-to-help>`);
    for (const topic of ['listen', 'legal', 'volunteer', 'advocate', 'training']) {
      const slotted = el.querySelector(`#mine-${topic}`)!;
      expect(slotted.assignedSlot!.name).to.equal(topic);
      expect(panel(el, topic).contains(slotted.assignedSlot)).to.equal(true);
      expect(slotted.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    expect(el.querySelector('p:not([slot])')!.assignedSlot).to.equal(null);
  });

  it('if its text cannot load: says so, and shows the partner’s fallback under the heading', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help><p id="fallback">Volunteer with us.</p></ally-ways-to-help>`);
    const state = el as unknown as { content: unknown; failed: boolean };
    state.content = undefined;
    state.failed = true;
    await el.updateComplete;
    expect(part(el, 'heading')).to.exist;
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(el.querySelector('#fallback')!.assignedSlot).to.exist;
  });

  for (const lang of ['en', 'ar'] as const) {
    for (const layout of ['list', 'cards', 'accordion']) {
      it(`is accessible: ${layout} in ${lang}, with links and partner actions`, async () => {
        const el = await fixtureIn<AllyWaysToHelp>(
          html`<ally-ways-to-help lang=${lang} layout=${layout} open="legal" volunteer-url="https://example.org/v" donate-url="https://example.org/d" accompany-url="https://example.org/a" contact="help@example.org"><p slot="legal">Partner text.</p></ally-ways-to-help>`,
          lang,
        );
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible in the dark theme with every group open', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help theme="dark" layout="accordion" open="all" training-url="https://example.org/t"></ally-ways-to-help>`);
    expect(getComputedStyle(part(el, 'base')!).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('lays out right-to-left in Arabic and follows a language change', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help lang="ar" layout="cards"></ally-ways-to-help>`, 'ar');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
    expect(part(el, 'heading')!.textContent).not.to.contain('Ways to help');
    expect(titles(el)[0]).not.to.equal('Listen first');
    const select = part<HTMLSelectElement>(el, 'language-select')!;
    select.value = 'es';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    await oneEvent(el, 'ally-language-change');
    await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'es');
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(titles(el)[0]).to.contain('Escuche');
  });

  it('uses logical properties only, so right-to-left languages mirror', () => {
    expect(waysToHelpStyles.cssText).not.to.match(/\b(margin|padding|border)-(left|right)\b|[{;\s](left|right)\s*:|text-align:\s*(left|right)/);
  });

  for (const layout of ['list', 'cards', 'accordion']) {
    it(`${layout}: fits 320 px without horizontal scroll; buttons and links at least 44 px tall`, async () => {
      const wrapper = await fixtureIn<HTMLDivElement>(
        html`<div style="width: 320px"><ally-ways-to-help layout=${layout} open="all" volunteer-url="https://example.org/v" donate-url="https://example.org/d" accompany-url="https://example.org/a" events-url="https://example.org/e" training-url="https://example.org/t" contact="help@example.org"></ally-ways-to-help></div>`,
      );
      const el = wrapper.querySelector('ally-ways-to-help')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      for (const node of parts(el, 'group').concat(parts(el, 'link'), parts(el, 'check'))) {
        expect(node.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
      for (const target of [...toggles(el), ...parts(el, 'link')]) expect(target.getBoundingClientRect().height).to.be.at.least(44);
    });
  }

  it('cards: a grid of several columns on a wide screen, one column at 320 px', async () => {
    const tops = (root: Element) => parts(root.querySelector('ally-ways-to-help')!, 'group').map((g) => Math.round(g.getBoundingClientRect().top));
    const wide = await fixtureIn<HTMLDivElement>(html`<div style="width: 1000px"><ally-ways-to-help layout="cards"></ally-ways-to-help></div>`);
    expect(new Set(tops(wide)).size).to.be.lessThan(5);
    const narrow = await fixtureIn<HTMLDivElement>(html`<div style="width: 320px"><ally-ways-to-help layout="cards"></ally-ways-to-help></div>`);
    expect(new Set(tops(narrow)).size).to.equal(5);
  });

  it('prints every group open, without chevrons', async () => {
    const el = await fixtureIn<AllyWaysToHelp>(html`<ally-ways-to-help layout="accordion"></ally-ways-to-help>`);
    await emulateMedia({ media: 'print' });
    try {
      for (const topic of ['listen', 'legal', 'volunteer', 'advocate', 'training']) expect(panel(el, topic).getBoundingClientRect().height).to.be.greaterThan(40);
      expect(getComputedStyle(shadow(el).querySelector('.chev')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
