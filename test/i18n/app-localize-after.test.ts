import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/hotline/ally-hotline.js';
import { shadow } from '../helpers.js';

// Its own page: the widgets are imported (and show a language) before the app configures @lit/localize.
describe('an app that configures @lit/localize after importing the widgets', () => {
  it('can configure it (nothing else did), and each keeps its strings', async () => {
    const el = await fixture<HTMLElement>(html`<ally-hotline lang="es"></ally-hotline>`);
    await waitUntil(() => shadow(el).querySelector('h2')?.textContent?.includes('Línea de emergencia de inmigración'), 'the widget never showed Spanish', { timeout: 4000 });
    const { configureApp, greeting } = await import('./app-localization.js');
    const app = configureApp();
    await app.setLocale('es');
    expect(greeting()).to.equal('Hola desde la app');
    await app.setLocale('de');
    expect(greeting()).to.equal('Hallo aus der App');
    expect(shadow(el).querySelector('h2')!.textContent).to.contain('Línea de emergencia de inmigración');
  });
});
