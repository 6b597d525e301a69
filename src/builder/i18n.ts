// The builder's own interface strings, English and Spanish, in
// src/builder/strings/ (kept apart from the widgets' XLIFF catalog: the
// builder is for partners, and translators of the widgets' languages are not
// asked for it). `{0}`, `{1}` … are placeholders. A language is added with a
// file there and one line below; TypeScript checks it has every string.
import { en } from './strings/en.js';
import { es } from './strings/es.js';

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const CATALOGS: Readonly<Record<string, Strings>> = { en, es };
export const UI_LANGUAGES: readonly string[] = Object.keys(CATALOGS);
export const UI_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Español' };

let current: Strings = en;

const fill = (text: string, values: readonly (string | number)[]) => text.replace(/\{(\d)\}/g, (_, n: string) => String(values[Number(n)] ?? ''));

/** The builder's language for a request: a supported one, else the browser's first supported, else English. */
export function pickUiLanguage(wanted: string | null | undefined, browser: readonly string[] = navigator.languages): string {
  for (const tag of [wanted, ...browser]) {
    const code = tag?.toLowerCase().split('-')[0];
    if (code && code in CATALOGS) return code;
  }
  return 'en';
}

export function setUiLanguage(code: string): void {
  current = CATALOGS[code] ?? en;
}

export function t(key: StringKey, ...values: (string | number)[]): string {
  return fill(current[key], values);
}

/** Text a visitor reads (the snippet's no-JavaScript link): in the widget's language when the builder has it, else English. */
export function visitorText(lang: string, key: StringKey, ...values: (string | number)[]): string {
  return fill((CATALOGS[lang.toLowerCase().split('-')[0]] ?? en)[key], values);
}
