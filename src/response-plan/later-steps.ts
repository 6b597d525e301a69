import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../internal/localize-runtime.js';
import { MAX_ROWS, type Plan } from './plan.js';
import type { Words } from './output.js';

/**
 * The response plan's steps after the first (Who to call, Children, Documents,
 * Get ready): the first screen does not need them, so they load on demand,
 * starting as soon as the first step has rendered.
 */

export interface FieldOptions {
  type?: string;
  multiline?: boolean;
  hint?: string;
  invalid?: string;
}

/** What a step needs from the widget. */
export interface StepView {
  plan: Plan;
  words: Words;
  /** A row number in the visitor's language's digits. */
  count(n: number): string;
  field(path: string, label: string, options?: FieldOptions): TemplateResult;
  addRow(list: 'contacts' | 'children'): void;
  check(i: number, checked: boolean): void;
}

const LOCATOR = 'https://locator.ice.gov/odls/';

function addButton(v: StepView, list: 'contacts' | 'children', label: string) {
  if (v.plan[list].length >= MAX_ROWS) return nothing;
  return html`<button class="button add" type="button" @click=${() => v.addRow(list)}>${label}</button>`;
}

export function laterStep(name: 'contacts' | 'children' | 'documents' | 'ready', v: StepView) {
  const { plan, words: w, count } = v;
  switch (name) {
    case 'contacts':
      return html`${plan.contacts.map(
          (_, i) => html`<fieldset class="group">
            <legend>${msg(str`Emergency contact ${count(i + 1)}`, { id: 'responsePlan.contact' })}</legend>
            ${v.field(`contacts.${i}.name`, w.name)} ${v.field(`contacts.${i}.relation`, w.relation)} ${v.field(`contacts.${i}.phone`, w.phone, { type: 'tel' })}
          </fieldset>`,
        )}
        ${addButton(v, 'contacts', msg('Add a contact', { id: 'responsePlan.addContact' }))}
        <fieldset class="group">
          <legend>${w.legal}</legend>
          ${v.field('legal.name', w.name)} ${v.field('legal.phone', w.phone, { type: 'tel' })}
        </fieldset>
        <fieldset class="group">
          <legend>${w.community}</legend>
          ${v.field('community.name', w.name)} ${v.field('community.phone', w.phone, { type: 'tel' })}
        </fieldset>`;
    case 'children':
      return html`${plan.children.map(
          (_, i) => html`<fieldset class="group">
            <legend>${msg(str`Child or dependant ${count(i + 1)}`, { id: 'responsePlan.child' })}</legend>
            ${v.field(`children.${i}.name`, w.name)} ${v.field(`children.${i}.school`, w.child.school)} ${v.field(`children.${i}.pickup`, w.child.pickup)}
            ${v.field(`children.${i}.pickupPhone`, w.child.pickupPhone, { type: 'tel' })} ${v.field(`children.${i}.notes`, w.child.notes, { multiline: true })}
          </fieldset>`,
        )}
        ${addButton(v, 'children', msg('Add a child or dependant', { id: 'responsePlan.addChild' }))}`;
    case 'documents':
      return html`<p class="hint">${msg('Where is each one kept?', { id: 'responsePlan.docs.where' })}</p>
        ${(Object.keys(w.docs) as (keyof Words['docs'])[]).map((key) => v.field(`docs.${key}`, w.docs[key]))}`;
    default:
      return html`<fieldset class="group checks">
          <legend class="visually-hidden">${w.steps[4]}</legend>
          ${w.checks.map(
            (text, i) => html`<label class="check"><input type="checkbox" .checked=${live(plan.checks[i])} @change=${(e: Event) => v.check(i, (e.target as HTMLInputElement).checked)} /><span>${text}</span></label>`,
          )}
        </fieldset>
        <p>${w.locator}</p>
        <a part="locator" class="button" href=${LOCATOR} target="_blank" rel="noopener noreferrer">${msg('Open ICE’s detainee locator', { id: 'responsePlan.openLocator' })}</a>`;
  }
}
