import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/hotline/ally-hotline.js';
import { getLocale } from '../../src/internal/localization.js';
import { shadow } from '../helpers.js';

// Its own test file: its own page, which starts in English with no widget asking for a language.
describe('lang set after the first render', () => {
  it('switches the widget when lang goes from absent to es: the Spanish strings load and show', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ally-hotline></ally-hotline>`);
    expect(getLocale()).to.equal('en');
    expect(shadow(el).querySelector('h2')!.textContent).to.contain('Immigration emergency hotline');
    el.setAttribute('lang', 'es');
    await waitUntil(() => shadow(el).querySelector('h2')!.textContent!.includes('Línea de emergencia de inmigración'), 'never showed Spanish', { timeout: 4000 });
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('switches back when lang changes again, and from a property set after connecting', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ally-hotline></ally-hotline>`);
    el.setAttribute('lang', 'en');
    await waitUntil(() => getLocale() === 'en', 'never went back to English', { timeout: 4000 });
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.contain('Immigration emergency hotline');
    const late = document.createElement('ally-hotline');
    document.body.append(late);
    late.lang = 'fr';
    await waitUntil(() => getLocale() === 'fr', 'a lang property set after connecting was ignored', { timeout: 4000 });
    late.remove();
  });
});
