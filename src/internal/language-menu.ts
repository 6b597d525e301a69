import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './localize-runtime.js';
import { nativeName } from './languages.js';

/**
 * The language menu every widget can show: a native `<select>` (works with
 * every phone's picker and every screen reader), each language in its own
 * script and tagged with its own `lang` so it is pronounced right. `changed`:
 * the visitor just chose the language shown, which is then announced in it.
 */
export function languageMenu(
  locales: readonly string[],
  current: string,
  onChange: (locale: string) => void,
  changed = false,
): TemplateResult | typeof nothing {
  if (locales.length < 2) return nothing;
  // After the visitor picks a language, a polite note in that language (the live region is there from the start).
  return html`<span class="visually-hidden" aria-live="polite">${changed ? msg('Language changed to English.', { id: 'common.languageChanged' }) : ''}</span><label part="language-menu" class="language-menu">
    <span class="language-label">${msg('Language', { id: 'common.language' })}</span>
    <select
      part="language-select"
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${locales.map(
        (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${nativeName(locale)}</option>`,
      )}
    </select>
  </label>`;
}
