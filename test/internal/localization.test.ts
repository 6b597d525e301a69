import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/hotline/ally-hotline.js';
import { getLocale, resetLocaleRequests, resolveInitialLocale, SHIPPED_LOCALES } from '../../src/internal/localization.js';
import { fixtureIn, shadow } from '../helpers.js';

function withBrowserLanguages<T>(languages: string[], run: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  try {
    return run();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).languages;
    Object.defineProperty(Navigator.prototype, 'languages', original);
  }
}

describe('language resolution', () => {
  it('uses the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="en"><ally-hotline lang="es-MX"></ally-hotline></div>`);
    expect(resolveInitialLocale(el.querySelector('ally-hotline')!)).to.deep.equal({ locale: 'es', priority: 2 });
  });

  it('then the nearest ancestor’s lang, across shadow roots', async () => {
    const el = await fixture(html`<section lang="es-US"><div><ally-hotline></ally-hotline></div></section>`);
    expect(resolveInitialLocale(el.querySelector('ally-hotline')!).locale).to.equal('es');
    const host = await fixture(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('ally-hotline');
    root.append(inner);
    expect(resolveInitialLocale(inner).locale).to.equal('es');
  });

  it('then the browser’s languages, in order, skipping ones not shipped', async () => {
    const el = document.createElement('ally-hotline');
    const detached = document.createElement('div');
    detached.append(el);
    const result = withBrowserLanguages(['de-DE', 'es-419', 'en'], () => resolveInitialLocale(el));
    expect(result.locale).to.equal('es');
  });

  it('then English', async () => {
    const el = document.createElement('ally-hotline');
    expect(withBrowserLanguages(['de', 'ja'], () => resolveInitialLocale(el)).locale).to.equal('en');
  });

  it('warns about a lang it does not ship and carries on', async () => {
    const el = document.createElement('ally-hotline');
    el.setAttribute('lang', 'xx-invalid');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      resolveInitialLocale(el);
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.contain('lang="xx-invalid"');
  });

  it('shows one language per page: a visitor’s choice in one widget switches every widget', async () => {
    resetLocaleRequests();
    const page = await fixtureIn<HTMLElement>(html`<div><ally-hotline lang="en"></ally-hotline><ally-hotline variant="banner"></ally-hotline></div>`);
    const [first, second] = [...page.querySelectorAll('ally-hotline')];
    const select = shadow(first).querySelector<HTMLSelectElement>('select')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => getLocale() === 'es');
    await second.updateComplete;
    expect(shadow(second).querySelector('h2')!.textContent).to.contain('Línea de emergencia de inmigración');
    expect(shadow(second).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('offers only complete languages, the source first', () => {
    expect(SHIPPED_LOCALES[0]).to.equal('en');
    expect(SHIPPED_LOCALES).to.include('es');
  });
});
