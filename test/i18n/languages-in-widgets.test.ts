import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/ally-widgets.js';
import { SHIPPED_LOCALES } from '../../src/internal/localization.js';
import { COMPLETE_LOCALES } from '../../src/generated/complete-locales.js';
import { directionOf, nativeName } from '../../src/internal/languages.js';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { fixtureIn, shadow } from '../helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale } from '../../src/internal/localization.js';

const WIDGETS = [
  (lang: string) => html`<ally-hotline lang=${lang} sms="877877"></ally-hotline>`,
  (lang: string) => html`<ally-five-ds lang=${lang} hotline="616-555-0142"></ally-five-ds>`,
  (lang: string) => html`<ally-rights-card lang=${lang} hotline="616-555-0142"></ally-rights-card>`,
  (lang: string) => html`<ally-group-finder lang=${lang}></ally-group-finder>`,
  (lang: string) => html`<ally-report lang=${lang} number="616-555-0142" sms="616-555-0142"></ally-report>`,
  (lang: string) => html`<ally-ways-to-help lang=${lang} donate-url="https://example.org/donate"></ally-ways-to-help>`,
  (lang: string) => html`<ally-response-plan lang=${lang} hotline="616-555-0142"></ally-response-plan>`,
];
/** Every right-to-left language the project translates (Arabic, Persian, Pashto, Urdu …). */
const RTL_LOCALES = targetLocales.filter((locale) => directionOf(locale) === 'rtl');

describe('languages in every widget', () => {
  it('knows the right-to-left languages it translates', () => {
    expect(RTL_LOCALES).to.include('ar');
  });

  it('the menu lists exactly the complete languages, each in its own name and script, English first and then by own name', async () => {
    const el = await fixtureIn<HTMLElement>(html`<ally-hotline></ally-hotline>`);
    const options = [...shadow(el).querySelectorAll('select option')];
    expect(options.map((o) => o.getAttribute('value')).sort()).to.deep.equal(['en', ...COMPLETE_LOCALES].sort());
    expect(options.map((o) => o.textContent)).to.deep.equal(options.map((o) => nativeName(o.getAttribute('value')!)));
    expect(options.map((o) => o.getAttribute('lang'))).to.deep.equal(options.map((o) => o.getAttribute('value')));
    const names = options.map((o) => o.textContent!);
    expect(names[0]).to.equal('English');
    expect(names.slice(1)).to.deep.equal([...names.slice(1)].sort(new Intl.Collator('und').compare));
  });

  it('a partner’s `languages` keeps the partner’s order', async () => {
    const el = await fixtureIn<HTMLElement>(html`<ally-hotline languages="ru es en"></ally-hotline>`);
    expect([...shadow(el).querySelectorAll('select option')].map((o) => o.getAttribute('value'))).to.deep.equal(['ru', 'es', 'en']);
  });

  it('the menu with every language works on a 320 px phone: fits, 44 px tall, labelled, reached by Tab, and choosing a language switches', async () => {
    const wrapper = await fixtureIn<HTMLElement>(html`<div style="width: 320px"><ally-rights-card></ally-rights-card></div>`);
    const el = wrapper.querySelector('ally-rights-card')!;
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    const select = shadow(el).querySelector<HTMLSelectElement>('[part~="language-select"]')!;
    expect(select.options.length).to.equal(SHIPPED_LOCALES.length);
    const box = select.getBoundingClientRect();
    const frame = base.getBoundingClientRect();
    expect(box.left).to.be.at.least(frame.left - 0.5);
    expect(box.right).to.be.at.most(frame.right + 0.5);
    expect(box.height).to.be.at.least(44);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    // Its name comes from the visible label, in the page's language.
    expect(select.closest('label')!.textContent).to.contain('Language');
    // Reached from the control before it by Tab. (Which key then changes a native <select>
    // is the browser's own behaviour; in a background test page it can open the popup
    // instead, so the choice is made as the browser reports it: a change event.)
    const controls = [...shadow(el).querySelectorAll<HTMLElement>('button, a[href], select, input')];
    const before = controls[controls.indexOf(select) - 1];
    if (before) {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, 'Tab reaches the menu').to.equal(select);
    }
    const changed = new Promise<CustomEvent>((resolve) => el.addEventListener('ally-language-change', (e) => resolve(e as CustomEvent), { once: true }));
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await changed;
    expect(event.detail.lang).to.equal(select.options[1].value);
    await waitUntil(() => getLocale() === event.detail.lang);
  });

  for (const locale of RTL_LOCALES) {
    for (const template of WIDGETS) {
      const tag = template(locale).strings[0].match(/<(ally-[\w-]+)/)![1];
      it(`${tag} lays out right-to-left in ${locale}, with phone numbers left-to-right, and passes axe`, async () => {
        if (!SHIPPED_LOCALES.includes(locale)) throw new Error(`${locale} is not complete, so it is not offered`);
        const el = await fixtureIn<HTMLElement>(template(locale), locale);
        const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
        await waitUntil(() => base.innerText.trim().length > 20, 'nothing rendered');
        expect(base.getAttribute('dir')).to.equal('rtl');
        expect(base.getAttribute('lang')).to.equal(locale);
        expect(getComputedStyle(base).direction).to.equal('rtl');
        // Numbers with separators (616-555-0142) must read left to right; a short number (911) reads the same either way.
        for (const link of [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].filter((a) => /\d{3}\D+\d{4}/.test(a.textContent ?? ''))) {
          const digits = [...link.querySelectorAll('*'), link].find((n) => /\d{3}.\d{4}/.test(n.textContent ?? '') && getComputedStyle(n).direction === 'ltr');
          const isolated = /\u2066[^\u2069]*\d[^\u2069]*\u2069/.test(link.textContent ?? '');
          expect(!!digits || isolated, `${tag}: the number in ${link.textContent} reads left-to-right`).to.equal(true);
        }
        await expect(el).to.be.accessible();
      });
    }
  }

  it('asks for a Nastaliq font in Urdu, with lines tall enough for it, and no button or heading cuts its text', async () => {
    if (!SHIPPED_LOCALES.includes('ur')) throw new Error('Urdu is not complete, so it is not offered');
    for (const template of WIDGETS) {
      const el = await fixtureIn<HTMLElement>(template('ur'), 'ur');
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      await waitUntil(() => base.innerText.trim().length > 20, 'nothing rendered');
      const style = getComputedStyle(base);
      expect(style.fontFamily, el.localName).to.match(/^"?Noto Nastaliq Urdu"?,/);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), el.localName).to.be.at.least(2);
      // Boxes (not inline text, whose height is its lines') must hold their text: Nastaliq's tall letters overflow a short line.
      for (const box of shadow(el).querySelectorAll<HTMLElement>('button, a, h2, h3, h4, summary')) {
        if (!box.offsetParent || getComputedStyle(box).display === 'inline') continue;
        expect(box.scrollHeight, `${el.localName} ${box.localName} “${box.textContent!.trim().slice(0, 30)}” cuts its text`).to.be.at.most(box.clientHeight + 1);
      }
    }
  });
});
