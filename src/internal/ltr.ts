import { html } from 'lit';

/** Stands for a left-to-right value (a phone number) in a translated sentence: `msg(str`Call ${LTR}`, …)`. */
export const LTR = '\uE000';

/**
 * The sentence with `value` in place of {@link LTR}, inside a `dir="ltr"`
 * element: the number reads left-to-right inside Arabic, and no invisible
 * direction characters (U+2066/U+2069) end up in the text or in accessible names.
 */
export function withLtr(sentence: string, value: string) {
  const [before, after = ''] = sentence.split(LTR);
  return html`<span>${before}<span dir="ltr">${value}</span>${after}</span>`;
}
