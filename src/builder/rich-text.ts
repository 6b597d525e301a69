// README-style text (`code` in backticks) as Lit templates: code spans become
// <code>, everything else stays plain text (nothing is parsed as HTML).
import { html, type TemplateResult } from 'lit';

export function richText(text: string): (string | TemplateResult)[] {
  return text.split(/(`[^`]+`)/).map((part) => (/^`[^`]+`$/.test(part) ? html`<code>${part.slice(1, -1)}</code>` : part.replace(/\*\*/g, '')));
}
