// The widgets' shipped languages (generated from lit-localize.json and the
// translation status), for the language menus of the form and the preview.
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { COMPLETE_LOCALES } from '../generated/complete-locales.js';
import { nativeName } from '../internal/languages.js';

export const SHIPPED: readonly string[] = [sourceLocale, ...targetLocales.filter((l) => COMPLETE_LOCALES.includes(l))];

/** `Español (es)`. */
export const languageLabel = (code: string): string => `${nativeName(code)} (${code})`;
