import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureApp, greeting } from './app-localization.js';
import { shadow } from '../helpers.js';

// Its own page: the app configures @lit/localize before the widgets are imported.
describe('an app that configures @lit/localize before importing the widgets', () => {
  const app = configureApp();

  it('keeps its own strings and the widgets theirs', async () => {
    await import('../../src/hotline/ally-hotline.js');
    expect(customElements.get('ally-hotline'), 'the widgets register').to.exist;
    await app.setLocale('de');
    expect(greeting()).to.equal('Hallo aus der App');
    const el = await fixture<HTMLElement>(html`<ally-hotline lang="es"></ally-hotline>`);
    await waitUntil(() => shadow(el).querySelector('h2')?.textContent?.includes('Línea de emergencia de inmigración'), 'the widget never showed Spanish', { timeout: 4000 });
    expect(app.getLocale(), 'the widget did not change the app’s language').to.equal('de');
    expect(greeting()).to.equal('Hallo aus der App');
    await app.setLocale('en');
    expect(greeting()).to.equal('Hello from the app');
    expect(shadow(el).querySelector('h2')!.textContent).to.contain('Línea de emergencia de inmigración');
  });
});
