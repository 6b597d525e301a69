import type { Preview } from '@storybook/web-components-vite';
import { LocalePriority, SHIPPED_LOCALES, requestLocale } from '../src/internal/localization.js';
import { nativeName } from '../src/internal/languages.js';
import { AllyGroupFinder } from '../src/group-finder/group-finder.component.js';

// ZIP search in stories: the table built by `npm run storybook` (staticDirs in main.ts).
AllyGroupFinder.zipTableBase = new URL('/zip/', location.href).href;

/** The toolbar's language switches every story, the way a visitor's choice switches every widget on a page. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: SHIPPED_LOCALES.map((value) => ({ value, title: nativeName(value) })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      void requestLocale(context.globals.locale ?? 'en', LocalePriority.Visitor);
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
