import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/five-ds/ally-five-ds.js';
import type { AllyFiveDs } from '../src/five-ds/five-ds.component.js';
import { fiveDsStyles } from '../src/five-ds/five-ds.styles.js';
import { captureConsole, fixtureIn, shadow, textOf } from './helpers.js';

const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const toggles = (el: Element) => parts<HTMLButtonElement>(el, 'toggle');
const panel = (el: Element, d: string) => shadow(el).getElementById(`p-${d}`)!;
const isShown = (node: HTMLElement) => !node.hidden && node.getBoundingClientRect().height > 0;

const TITLES = {
  en: ['Distract', 'Delegate', 'Document', 'Delay', 'Direct'],
  es: ['Distraer', 'Delegar', 'Documentar', 'Dar seguimiento', 'Decir algo'],
};

describe('<ally-five-ds>', () => {
  for (const layout of ['accordion', 'cards', 'list']) {
    it(`${layout}: the five Ds in order, each with a summary, explanation, example and safety note`, async () => {
      const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds layout=${layout} open="all"></ally-five-ds>`);
      const items = parts(el, 'item');
      expect(items.map((i) => i.getAttribute('part')!.split(' ')[1])).to.deep.equal(['distract', 'delegate', 'document', 'delay', 'direct']);
      expect(parts(el, 'title').map((t) => t.querySelector('[id^="t-"]')!.textContent)).to.deep.equal(TITLES.en);
      expect(parts(el, 'number').map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
      for (const item of items) {
        expect(item.querySelector('[part~="summary"]')!.textContent!.length).to.be.within(10, 80);
        expect(item.querySelector('[part~="panel"] p')!.textContent!.length).to.be.greaterThan(150);
        expect(item.querySelector('[part~="example"]')!.textContent).to.contain('For example');
        expect(item.querySelector('[part~="safety"]')!.textContent).to.contain('Stay safe');
      }
      const text = textOf(el);
      expect(text).to.contain('Four of them are indirect');
      expect(text).to.contain('Listen first').and.contain('let their wishes lead');
      expect(text).to.match(/Distract[\s\S]*Delegate[\s\S]*Document[\s\S]*Delay[\s\S]*Direct/);
      const credit = part(el, 'credit')!;
      expect(credit.textContent).to.contain('Right To Be');
      expect(credit.querySelector('a')!.getAttribute('href')).to.equal('https://righttobe.org/');
      expect(layout === 'accordion' ? toggles(el).length : shadow(el).querySelectorAll('button').length).to.equal(layout === 'accordion' ? 5 : 0);
    });
  }

  it('says what the spec asks of each D', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds layout="list"></ally-five-ds>`);
    const text = (d: string) => parts(el, d)[0].textContent!.replace(/\s+/g, ' ');
    expect(text('distract')).to.contain('Do not confront anyone').and.contain('interfering');
    expect(text('delegate')).to.contain('store staff').and.contain('teacher').and.contain('a boss').and.contain('rapid-response hotline');
    expect(text('document')).to.contain('someone else is helping').and.contain('safe distance').and.contain('badge numbers').and.contain('agency').and.contain('license plates');
    // Document, for an arrest by agents: delegate first, then record; masked agents: note markings and vehicles.
    expect(text('document')).to.contain('If agents arrest someone, call the rapid-response hotline first. Then record.').and.contain('cover their faces').and.contain('words on their vests').and.contain('marks on their cars');
    expect(text('document')).to.contain('Never post or share it without their consent');
    expect(text('delay')).to.contain('stay with them').and.contain('getting home').and.contain('family').and.contain('lawyer');
    expect(text('direct')).to.contain('That’s not okay').and.contain('Do not make things worse').and.contain('Never touch or block police or immigration agents');
  });

  it('puts its heading at heading-level and each D one level below, capped at 6', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds heading-level="3"></ally-five-ds>`);
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(parts(el, 'title').map((t) => t.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4', 'h4']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h6');
    expect(parts(el, 'title')[0].localName).to.equal('h6');
    const plain = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    expect(part(plain, 'heading')!.localName).to.equal('h2');
    expect(parts(plain, 'title')[0].localName).to.equal('h3');
  });

  it('accordion: real buttons, inside the headings, with aria-expanded and aria-controls; all closed by default', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    for (const button of toggles(el)) {
      expect(button.localName).to.equal('button');
      expect(button.parentElement!.getAttribute('part')).to.equal('title');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(controlled.getAttribute('part')).to.equal('panel');
      expect(isShown(controlled)).to.equal(false);
    }
    // The summary stays readable while a D is closed.
    expect(isShown(parts(el, 'summary')[0])).to.equal(true);
  });

  it('open="delay" starts with Delay open; open="all" opens every D; open can change later', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="delay"></ally-five-ds>`);
    expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
    expect(isShown(panel(el, 'delay'))).to.equal(true);
    expect(isShown(panel(el, 'distract'))).to.equal(false);
    expect(parts(el, 'open').map((i) => i.getAttribute('part'))).to.deep.equal(['item delay open']);
    el.open = 'all';
    await el.updateComplete;
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(['distract', 'delegate', 'document', 'delay', 'direct'].every((d) => isShown(panel(el, d)))).to.equal(true);
  });

  it('warns about an invalid open or layout value and falls back', async () => {
    let el!: AllyFiveDs;
    const warnings = await captureConsole('warn', async () => {
      el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="dance" layout="grid"></ally-five-ds>`);
    });
    expect(warnings.join('\n')).to.contain('<ally-five-ds>: open="dance"').and.contain('layout="grid"');
    expect(toggles(el).length).to.equal(5);
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('toggles with Enter and Space, and tells the partner with a bubbling, composed ally-toggle', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds languages="none"></ally-five-ds>`);
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('ally-toggle', listener);
    try {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(toggles(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(toggles(el)[1]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'delegate'))).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'delegate'))).to.equal(false);
    } finally {
      document.removeEventListener('ally-toggle', listener);
    }
    expect(events.map((e) => e.detail)).to.deep.equal([
      { d: 'delegate', open: true },
      { d: 'delegate', open: false },
    ]);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('moves between the Ds with the arrow keys, Home and End', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds languages="none"></ally-five-ds>`);
    const buttons = toggles(el);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);
  });

  it('opens a closed D when the browser’s find-in-page finds text in it', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    expect(panel(el, 'document').getAttribute('hidden')).to.equal('until-found');
    setTimeout(() => panel(el, 'document').dispatchEvent(new Event('beforematch')));
    const event = (await oneEvent(el, 'ally-toggle')) as CustomEvent;
    expect(event.detail).to.deep.equal({ d: 'document', open: true });
    await el.updateComplete;
    expect(toggles(el)[2].getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders the partner’s lines in each D’s slot, and hides the no-JavaScript fallback', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="all">
      <p>Fallback: the five Ds</p>
      <p slot="distract" id="mine-distract">Ask about the weather.</p>
      <p slot="delegate" id="mine-delegate">Our line answers in Spanish.</p>
      <p slot="document" id="mine-document">Send videos to our legal team only if the family agrees.</p>
      <p slot="delay" id="mine-delay">We can accompany people home.</p>
      <p slot="direct" id="mine-direct">Stay calm.</p>
    </ally-five-ds>`);
    for (const d of ['distract', 'delegate', 'document', 'delay', 'direct']) {
      const slotted = el.querySelector(`#mine-${d}`)!;
      expect(slotted.assignedSlot!.name).to.equal(d);
      expect(panel(el, d).contains(slotted.assignedSlot)).to.equal(true);
      expect(slotted.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    expect(el.querySelector('p:not([slot])')!.assignedSlot).to.equal(null);
  });

  it('if its text cannot load: says so, and shows the partner’s fallback under the heading', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds><p id="fallback">Distract, Delegate, Document, Delay, Direct.</p></ally-five-ds>`);
    const state = el as unknown as { content: unknown; failed: boolean };
    state.content = undefined;
    state.failed = true;
    await el.updateComplete;
    expect(part(el, 'heading')).to.exist;
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'notice')!.textContent).to.contain('could not load');
    expect(el.querySelector('#fallback')!.assignedSlot).to.exist;
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('offers a tel: call link to the partner’s hotline in Delegate, only when hotline is set', async () => {
    const plain = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="all"></ally-five-ds>`);
    expect(shadow(plain).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(part(plain, 'notice')).to.equal(null);

    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="delegate" hotline="(616) 555-0142"></ally-five-ds>`);
    const links = shadow(el).querySelectorAll('a[href^="tel:"]');
    expect(links.length).to.equal(1);
    const call = part<HTMLAnchorElement>(el, 'hotline')!;
    expect(panel(el, 'delegate').contains(call)).to.equal(true);
    expect(call.getAttribute('href')).to.equal('tel:+16165550142');
    expect(call.textContent).to.contain('Call the rapid-response hotline');
    expect(part(el, 'hotline-number')!.textContent).to.equal('616-555-0142');
    expect(part(el, 'hotline-number')!.getAttribute('dir')).to.equal('ltr');
    call.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => call.click());
    const event = (await oneEvent(document, 'ally-call')) as CustomEvent;
    expect(event.detail).to.deep.equal({ number: '+16165550142', via: 'call' });
  });

  it('shows no link, a notice and a console error naming the attribute for an invalid hotline', async () => {
    let el!: AllyFiveDs;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds open="delegate" hotline="call us now"></ally-five-ds>`);
    });
    expect(errors.join('\n')).to.contain('<ally-five-ds>: hotline="call us now"');
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.contain('not set up correctly');
    expect(textOf(el)).to.contain('store staff');
    await expect(el).to.be.accessible();
    const fixed = await captureConsole('error', async () => {
      el.hotline = '1-844-363-1423';
      await el.updateComplete;
    });
    expect(fixed).to.deep.equal([]);
    expect(part(el, 'hotline')!.getAttribute('href')).to.equal('tel:+18443631423');
  });

  it('applies theme and accent from the base element', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds theme="dark" accent="#b00020"></ally-five-ds>`);
    expect(getComputedStyle(part(el, 'base')!).colorScheme).to.equal('dark');
    expect(getComputedStyle(parts(el, 'number')[0]).backgroundColor).to.equal('rgb(176, 0, 32)');
  });

  for (const lang of ['en', 'es'] as const) {
    for (const layout of ['accordion', 'cards', 'list']) {
      it(`is accessible: ${layout} in ${lang}`, async () => {
        const el = await fixtureIn<AllyFiveDs>(
          html`<ally-five-ds lang=${lang} layout=${layout} open="delegate document" hotline="616-555-0142"><p slot="delay">Partner text.</p></ally-five-ds>`,
          lang,
        );
        await expect(el).to.be.accessible();
      });
    }
    it(`is accessible in ${lang} with every D open, dark theme`, async () => {
      const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds lang=${lang} theme="dark" open="all"></ally-five-ds>`, lang);
      await expect(el).to.be.accessible();
    });

    it(`lays out left-to-right in ${lang} (the wrapper's dir comes from the locale)`, async () => {
      const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds lang=${lang} layout="cards"></ally-five-ds>`, lang);
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
      expect(parts(el, 'title').map((t) => t.querySelector('[id^="t-"]')!.textContent)).to.deep.equal(TITLES[lang]);
    });
  }

  it('speaks Spanish (usted) and follows a language change', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds lang="es" open="delegate" hotline="616-555-0142"></ally-five-ds>`, 'es');
    expect(part(el, 'heading')!.textContent).to.contain('Cómo ayudar');
    expect(part(el, 'hotline')!.textContent).to.contain('Llamar a la línea de respuesta rápida');
    expect(textOf(el)).to.contain('Right To Be').and.contain('Escuche primero');
    const select = part<HTMLSelectElement>(el, 'language-select')!;
    select.value = 'en';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    await oneEvent(el, 'ally-language-change');
    await waitUntil(() => part(el, 'heading')!.textContent!.includes('How to help'));
    await el.updateComplete;
    expect(parts(el, 'title')[0].textContent).to.contain('Distract');
  });

  it('uses logical properties only, so right-to-left languages mirror', () => {
    const css = fiveDsStyles.cssText;
    expect(css).not.to.match(/\b(margin|padding|border)-(left|right)\b|[{;\s](left|right)\s*:|text-align:\s*(left|right)/);
  });

  for (const layout of ['accordion', 'cards', 'list']) {
    it(`${layout}: fits 320 px without horizontal scroll`, async () => {
      const wrapper = await fixtureIn<HTMLDivElement>(
        html`<div style="width: 320px"><ally-five-ds layout=${layout} open="all" hotline="1-844-363-1423"></ally-five-ds></div>`,
      );
      const el = wrapper.querySelector('ally-five-ds')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('[part~="item"], [part~="toggle"], [part~="hotline"], .example')) {
        expect(node.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
      for (const button of toggles(el)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  }

  it('cards: a grid of several columns on a wide screen, one column at 320 px', async () => {
    const wide = await fixtureIn<HTMLDivElement>(html`<div style="width: 1000px"><ally-five-ds layout="cards"></ally-five-ds></div>`);
    const tops = (root: Element) => parts(root.querySelector('ally-five-ds')!, 'item').map((i) => Math.round(i.getBoundingClientRect().top));
    expect(new Set(tops(wide)).size).to.be.lessThan(5);
    const narrow = await fixtureIn<HTMLDivElement>(html`<div style="width: 320px"><ally-five-ds layout="cards"></ally-five-ds></div>`);
    expect(new Set(tops(narrow)).size).to.equal(5);
  });

  it('prints every D open, without the buttons’ chevrons or the language menu', async () => {
    const el = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    await emulateMedia({ media: 'print' });
    try {
      for (const d of ['distract', 'delegate', 'document', 'delay', 'direct']) expect(panel(el, d).getBoundingClientRect().height).to.be.greaterThan(40);
      expect(getComputedStyle(shadow(el).querySelector('.chev')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isShown(panel(el, 'distract'))).to.equal(false);
  });
});
