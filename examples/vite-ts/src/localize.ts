// The app localizes its own strings with @lit/localize, configured before the widgets load;
// the widgets keep their own language state and strings.
import { configureLocalization, msg } from '@lit/localize';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: async () => ({ templates: { greeting: 'Hola desde la app' } }),
});
await setLocale('es');
document.querySelector('#greeting')!.textContent = msg('Hello from the app', { id: 'greeting' });

await import('ally-widgets');
