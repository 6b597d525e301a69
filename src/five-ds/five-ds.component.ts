import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { accordionKeydown, accordionSection, toggleSection } from '../internal/accordion.js';
import { accordionStyles, sectionedWidgetStyles } from '../internal/accordion.styles.js';
import { phoneAttribute, type Phone } from '../internal/phone.js';
import { safeHref } from '../internal/safe-url.js';
import { phoneIcon } from '../internal/icons.js';
import { onDemand } from '../internal/on-demand.js';
import { FIVE_DS, LAYOUTS, parseOpen, type FiveD, type Layout } from './ids.js';
import type { DContent, FiveDsContent } from './five-ds.content.js';
import { fiveDsStyles } from './five-ds.styles.js';
import { ReadAloud, readAloudStyles } from '../internal/read-aloud.js';
import { getLocale } from '../internal/localization.js';
import type { AllyCallEvent } from '../events/ally-call.js';
import '../events/ally-call.js';
import '../events/ally-toggle.js';
import '../events/ally-language-change.js';

/** Where the 5 D's framework comes from; credited in a visible line. */
const RIGHT_TO_BE = 'https://righttobe.org/';

type ContentFn = () => FiveDsContent;
/**
 * The five Ds' texts are most of this widget's weight, so the script-tag build
 * keeps them in a chunk beside the entry (loaded relative to its own URL) that
 * the first element on the page asks for; the heading renders meanwhile.
 */
const loadContent = onDemand('ally-five-ds', 'the text of the five Ds', () => import('./five-ds.content.js'));
/** The text, once loaded: elements created after that render it at once. */
let loaded: ContentFn | undefined;

/**
 * @tagname ally-five-ds
 * @summary The 5 D's of bystander intervention (Distract, Delegate, Document, Delay, Direct), with a calm example and a safety note for each.
 *
 * @attr {'accordion'|'cards'|'list'} layout - `accordion` (default): each D opens and closes; `cards`: a responsive grid, one card per D, all open; `list`: everything open, one after another (print, screen readers).
 * @attr {string} open - Accordion: which D starts open: `distract`, `delegate`, `document`, `delay`, `direct` (several separated by spaces) or `all` (a bare `open` too). Default: none.
 * @attr {string} hotline - A rapid-response hotline number; Delegate then offers a call link to it.
 *
 * @event {CustomEvent<{d: 'distract'|'delegate'|'document'|'delay'|'direct', open: boolean}>} ally-toggle - A visitor opened or closed one D (accordion).
 * @event {CustomEvent<{number: string, via: 'call'}>} ally-call - A visitor tapped the hotline link in Delegate.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @slot distract - The partner's own lines under Distract.
 * @slot delegate - The partner's own lines under Delegate.
 * @slot document - The partner's own lines under Document.
 * @slot delay - The partner's own lines under Delay.
 * @slot direct - The partner's own lines under Direct.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The widget's heading.
 * @csspart intro - The opening paragraph.
 * @csspart list - The ordered list of the five Ds.
 * @csspart item - One D (also has the D's own name as a part: `distract` … `direct`, and `open` while open).
 * @csspart title - A D's heading.
 * @csspart toggle - The button that opens and closes a D (accordion only).
 * @csspart number - A D's number badge.
 * @csspart summary - A D's one-line summary.
 * @csspart panel - A D's explanation, example, safety note and slot.
 * @csspart example - The example.
 * @csspart safety - The safety note.
 * @csspart hotline - The call link in Delegate.
 * @csspart hotline-number - The number inside the call link.
 * @csspart notice - A notice: the hotline number is invalid, or the text could not load.
 * @csspart closing - The closing note.
 * @csspart credit - The credit line.
 * @csspart listen - The read-aloud controls (`listen-button`, `listen-stop`); shown only where the device has its own voice for the page language.
 * @csspart language-menu - The language menu label.
 * @csspart language-select - The language menu's select.
 *
 * @cssprop --ally-accent - Number badges, open items and the call link (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-surface - Example boxes and hovered buttons (default #f4f5f7).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-muted - Summaries and the credit line (default #4a4f57).
 * @cssprop --ally-border - Borders (default #6b7280).
 * @cssprop --ally-focus - Focus ring and the safety notes' bar (default #b45309).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 * @cssprop --ally-font-size - Base font size (default clamp(14px, 1rem, 28px)).
 */
export class AllyFiveDs extends AllyElement {
  static override styles = [tokenStyles, accordionStyles, sectionedWidgetStyles, readAloudStyles, fiveDsStyles];

  static override properties = {
    ...AllyElement.properties,
    layout: { type: String, reflect: true },
    open: { type: String },
    hotline: { type: String },
    opened: { state: true, attribute: false },
    content: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  declare layout: Layout | undefined;
  declare open: string | undefined;
  declare hotline: string | undefined;
  /** The Ds open right now. */
  declare private opened: ReadonlySet<FiveD>;
  declare private content: ContentFn | undefined;
  declare private failed: boolean;

  private phone: Phone | null = null;
  /** Read aloud where the device has its own voice (the reader loads when Listen is pressed); a closed D opens when its text is reached. */
  private listen = new ReadAloud(this, (el) => {
    const d = el.closest('li')?.querySelector('[id^="p-"]')?.id.slice(2) as FiveD | undefined;
    if (d && this.kind === 'accordion') this.toggle(d, true);
  });

  constructor() {
    super();
    this.opened = new Set();
    this.content = loaded;
    this.failed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.content) return;
    this.failed = false;
    void loadContent().then((module) => {
      if (module) this.content = loaded = module.fiveDsContent;
      else this.failed = true;
    });
  }

  /** Also waits for the five Ds' text, so `await el.updateComplete` sees the whole widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (!this.content && this.isConnected) await loadContent();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open')) {
      const { open, invalid } = parseOpen(this.open);
      this.opened = open;
      if (invalid.length) this.warn('open', this.open!, `${FIVE_DS.join(', ')} or all`);
    }
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout as Layout)) {
      this.warn('layout', this.layout, LAYOUTS.join(', '));
    }
    if (changed.has('hotline')) this.phone = phoneAttribute(this, 'hotline', this.hotline);
  }

  private get kind(): Layout {
    return LAYOUTS.includes(this.layout as Layout) ? (this.layout as Layout) : 'accordion';
  }

  override render() {
    const kind = this.kind;
    const head = html`<div class="head">
      ${this.heading(msg('How to help: the 5 D’s of bystander intervention', { id: 'fiveDs.heading' }))} ${this.languageMenu()}
    </div>`;
    if (!this.content) {
      // The partner's no-JavaScript fallback (light-DOM children) stays visible until the text arrives.
      return this.frame(
        html`${head}
          ${this.failed
            ? html`<p part="notice" class="notice" role="alert">
                ${msg('This guide could not load. Check your connection and reload the page.', { id: 'fiveDs.loadFailed' })}
              </p>`
            : nothing}
          <slot></slot>`,
        kind,
      );
    }
    const c = this.content();
    return this.frame(
      html`${head}
        <p part="intro" data-read>${c.intro}</p>
        ${this.listen.controls(getLocale())}
        <ol part="list" class="ds" @keydown=${accordionKeydown}>
          ${c.ds.map((d, i) => this.renderD(d, i, c, kind === 'accordion'))}
        </ol>
        <p part="closing" class="closing" data-read>${c.closing}</p>
        <p part="credit" class="credit">${c.credit} <a href=${safeHref(RIGHT_TO_BE)!} rel="noreferrer">righttobe.org</a></p>`,
      kind,
    );
  }

  private renderD(d: DContent, index: number, c: FiveDsContent, collapsible: boolean) {
    const open = !collapsible || this.opened.has(d.id);
    const label = html`<span part="number" class="num" aria-hidden="true">${index + 1}</span>
      <span class="name"><span id="t-${d.id}" data-read>${d.title}</span><span class="comma">,</span></span>
      <span part="summary" class="summary" data-read>${d.summary}</span>`;
    return html`<li part="item ${d.id}${open ? ' open' : ''}" class="d${open ? ' open' : ''}">
      ${accordionSection({
        id: d.id,
        level: Math.min(this.level + 1, 6),
        label,
        labelId: `t-${d.id}`,
        collapsible,
        open,
        onToggle: (force) => this.toggle(d.id, force),
        content: html`<div class="panel">
          <p data-read>${d.body}</p>
          ${d.id === 'delegate' ? this.renderHotline() : nothing}
          <p part="example" class="example" data-read><span class="label">${c.exampleLabel}</span> ${d.example}</p>
          <p part="safety" class="safety" data-read><span class="label">${c.safetyLabel}</span> ${d.safety}</p>
          <slot name=${d.id}></slot>
        </div>`,
      })}
    </li>`;
  }

  private renderHotline() {
    if (!this.hotline?.trim()) return nothing;
    if (!this.phone) {
      return html`<p part="notice" class="notice">
        ${msg('The hotline number for this page is not set up correctly, so no call link is shown.', { id: 'fiveDs.invalidHotline' })}
        <span class="raw">hotline="${this.hotline}"</span>
      </p>`;
    }
    const phone = this.phone;
    return html`<a part="hotline" class="button primary call" href=${safeHref(phone.tel) ?? nothing} @click=${() => this.emit('ally-call', { number: phone.dial, via: 'call' } as AllyCallEvent['detail'])}>
      ${phoneIcon}<span>${msg('Call the rapid-response hotline', { id: 'fiveDs.callHotline' })}
        <span part="hotline-number" class="ltr" dir="ltr">${phone.display}</span></span>
    </a>`;
  }

  /** Opens or closes one D (`force` sets the state) and tells the partner. */
  private toggle(d: FiveD, force?: boolean): void {
    const next = toggleSection(this.opened, d, force);
    if (!next) return;
    this.opened = next;
    this.emit('ally-toggle', { d, open: next.has(d) });
  }
}
