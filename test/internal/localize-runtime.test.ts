import { expect } from '@open-wc/testing';
import { configureLocalization, LOCALE_STATUS_EVENT, msg, str, updateWhenLocaleChanges, type LocaleModule } from '../../src/internal/localize-runtime.js';

describe('the small localize runtime used in dist/', () => {
  const statuses: string[] = [];
  const record = (e: Event) => statuses.push((e as CustomEvent<{ status: string }>).detail.status);
  before(() => window.addEventListener(LOCALE_STATUS_EVENT, record));
  after(() => window.removeEventListener(LOCALE_STATUS_EVENT, record));

  const { getLocale, setLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es', 'fr'],
    loadLocale: async (locale): Promise<LocaleModule> =>
      locale === 'es' ? { templates: { greet: 'Hola', count: { strTag: true, strings: ['', ' de ', ''], values: [1, 0] } } } : { templates: {} },
  });

  it('shows the source text until a language loads, then its translations, values reordered', async () => {
    const count = (a: number, b: number) => msg(str`${a} of ${b}`, { id: 'count' });
    expect(msg('Hello', { id: 'greet' })).to.equal('Hello');
    expect(count(2, 5)).to.equal('2 of 5');
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    expect(msg('Hello', { id: 'greet' })).to.equal('Hola');
    expect(count(2, 5)).to.equal('5 de 2');
    expect(msg('Untranslated', { id: 'missing' })).to.equal('Untranslated');
    expect(statuses.slice(-2)).to.deep.equal(['loading', 'ready']);
  });

  it('lets the latest of two requests win, and goes back to the source', async () => {
    const first = setLocale('fr');
    const second = setLocale('en');
    await Promise.all([first, second]);
    expect(getLocale()).to.equal('en');
    expect(msg('Hello', { id: 'greet' })).to.equal('Hello');
    expect(() => setLocale('xx')).to.throw();
  });

  it('re-renders an element when a language is ready, while it is connected', async () => {
    let updates = 0;
    const controllers: { hostConnected(): void; hostDisconnected(): void }[] = [];
    updateWhenLocaleChanges({ addController: (c) => controllers.push(c as never), requestUpdate: () => updates++ });
    controllers[0].hostConnected();
    await setLocale('es');
    expect(updates).to.equal(1);
    controllers[0].hostDisconnected();
    await setLocale('en');
    expect(updates).to.equal(1);
  });
});
