// The form: one field per attribute of the chosen widget, generated from the
// catalog (manifest types, README descriptions and defaults), each checked
// live (validate.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AttributeInfo, WidgetInfo } from './catalog.js';
import { kindOf, numberRange } from './fields.js';
import { check } from './validate.js';
import { SHIPPED, languageLabel } from './languages.js';
import { richText } from './rich-text.js';
import { t } from './i18n.js';

export interface FormContext {
  widget: WidgetInfo;
  attrs: Readonly<Record<string, string>>;
  /** Where colours are computed (the page). */
  probe: HTMLElement;
  set(name: string, value: string): void;
}

const id = (name: string) => `field-${name}`;
const onInput = (ctx: FormContext, name: string) => (event: Event) => ctx.set(name, (event.target as HTMLInputElement).value);

function control(a: AttributeInfo, ctx: FormContext, describedBy: string, invalid: boolean): TemplateResult {
  const value = ctx.attrs[a.name] ?? '';
  const common = { id: id(a.name), describedBy };
  switch (kindOf(a)) {
    case 'select':
      return html`<select id=${common.id} aria-describedby=${describedBy} @change=${onInput(ctx, a.name)}>
        <option value="" ?selected=${!value}>${a.defaultValue ? t('defaultOption', a.defaultValue) : t('notSet')}</option>
        ${a.options!.filter((o) => o !== a.defaultValue).map((o) => html`<option value=${o} ?selected=${value === o}>${o}</option>`)}
      </select>`;
    case 'language':
      return html`<select id=${common.id} aria-describedby=${describedBy} @change=${onInput(ctx, a.name)}>
        <option value="" ?selected=${!value}>${t('pageLanguage')}</option>
        ${SHIPPED.map((code) => html`<option value=${code} ?selected=${value === code}>${languageLabel(code)}</option>`)}
      </select>`;
    case 'boolean':
      return html`<input type="checkbox" id=${common.id} aria-describedby=${describedBy} .checked=${live(value === 'true')}
        @change=${(e: Event) => ctx.set(a.name, (e.target as HTMLInputElement).checked ? 'true' : '')} />`;
    case 'number': {
      const range = numberRange(a);
      return html`<input type="number" id=${common.id} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
        min=${range?.[0] ?? nothing} max=${range?.[1] ?? nothing} placeholder=${a.defaultValue ?? ''} .value=${live(value)} @input=${onInput(ctx, a.name)} />`;
    }
    case 'colour':
      return html`<span class="colour">
        <input type="text" id=${common.id} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} placeholder="#1d4ed8"
          autocomplete="off" spellcheck="false" .value=${live(value)} @input=${onInput(ctx, a.name)} />
        <input type="color" aria-label=${t('pickColour')} .value=${live(/^#[0-9a-f]{6}$/i.test(value) ? value : '#1d4ed8')} @input=${onInput(ctx, a.name)} />
      </span>`;
    case 'date':
      return html`<input type="date" id=${common.id} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(value)} @input=${onInput(ctx, a.name)} />`;
    default: {
      const kind = kindOf(a);
      return html`<input type=${kind === 'phone' ? 'tel' : 'text'} inputmode=${kind === 'url' ? 'url' : nothing} id=${common.id}
        aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} autocomplete="off" spellcheck="false"
        .value=${live(value)} @input=${onInput(ctx, a.name)} />`;
    }
  }
}

function field(a: AttributeInfo, ctx: FormContext): TemplateResult {
  const result = check(a, ctx.attrs[a.name] ?? '', ctx.probe);
  const desc = `${id(a.name)}-desc`;
  const msg = `${id(a.name)}-msg`;
  const checkbox = kindOf(a) === 'boolean';
  return html`<div class="field ${checkbox ? 'field-checkbox' : ''}">
    <label for=${id(a.name)}><code>${a.name}</code></label>
    ${control(a, ctx, result ? `${desc} ${msg}` : desc, !!result && !result.ok)}
    <p class="hint" id=${desc}>${richText(a.description)}${a.defaultText && a.defaultText !== 'none' ? html` <span class="default">${t('defaultIs')} ${richText(a.defaultText)}</span>` : nothing}</p>
    ${result ? html`<p class="check ${result.ok ? 'ok' : 'bad'}" id=${msg}><span class="icon" aria-hidden="true">${result.ok ? '✓' : '✗'}</span> ${result.text}</p>` : nothing}
  </div>`;
}

export function formView(ctx: FormContext, common: AttributeInfo[]): TemplateResult {
  return html`
    <fieldset>
      <legend>${t('ownAttributes', ctx.widget.title)}</legend>
      ${ctx.widget.attributes.map((a) => field(a, ctx))}
    </fieldset>
    <fieldset>
      <legend>${t('commonAttributes')}</legend>
      ${common.map((a) => field(a, ctx))}
    </fieldset>
  `;
}
