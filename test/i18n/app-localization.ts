// An app's own use of @lit/localize, as an app developer writes it: its own
// locales and strings, configured once for the page.
import { configureLocalization, msg } from '@lit/localize';

export function configureApp() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es', 'de'],
    loadLocale: async (locale) => ({ templates: locale === 'es' ? { 'app.greeting': 'Hola desde la app' } : { 'app.greeting': 'Hallo aus der App' } }),
  });
}

export const greeting = () => msg('Hello from the app', { id: 'app.greeting' });
