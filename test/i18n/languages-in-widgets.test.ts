import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/ally-widgets.js';
import { SHIPPED_LOCALES } from '../../src/internal/localization.js';
import { COMPLETE_LOCALES } from '../../src/generated/complete-locales.js';
import { nativeName } from '../../src/internal/languages.js';
import { fixtureIn, shadow } from '../helpers.js';

const WIDGETS = [
  html`<ally-hotline lang="ar" sms="877877"></ally-hotline>`,
  html`<ally-five-ds lang="ar" hotline="616-555-0142"></ally-five-ds>`,
  html`<ally-rights-card lang="ar" hotline="616-555-0142"></ally-rights-card>`,
  html`<ally-group-finder lang="ar"></ally-group-finder>`,
];

describe('languages in every widget', () => {
  it('the menu lists exactly the complete languages, each in its own name and script', async () => {
    const el = await fixtureIn<HTMLElement>(html`<ally-hotline></ally-hotline>`);
    const options = [...shadow(el).querySelectorAll('select option')];
    expect(options.map((o) => o.getAttribute('value'))).to.deep.equal(['en', ...COMPLETE_LOCALES]);
    expect(options.map((o) => o.textContent)).to.deep.equal(SHIPPED_LOCALES.map(nativeName));
    expect(options.map((o) => o.getAttribute('lang'))).to.deep.equal([...SHIPPED_LOCALES]);
  });

  for (const template of WIDGETS) {
    const tag = template.strings[0].match(/<(ally-[\w-]+)/)![1];
    it(`${tag} lays out right-to-left in Arabic, with phone numbers left-to-right`, async () => {
      if (!SHIPPED_LOCALES.includes('ar')) throw new Error('Arabic is not complete, so it is not offered');
      const el = await fixtureIn<HTMLElement>(template, 'ar');
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      await waitUntil(() => base.innerText.trim().length > 20, 'nothing rendered');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
        const digits = [...link.querySelectorAll('*'), link].find((n) => /\d{3}.\d{4}/.test(n.textContent ?? '') && getComputedStyle(n).direction === 'ltr');
        const isolated = /\u2066[^\u2069]*\d[^\u2069]*\u2069/.test(link.textContent ?? '');
        expect(!!digits || isolated, `${tag}: the number in ${link.textContent} reads left-to-right`).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });
  }
});
