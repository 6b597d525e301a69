import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { phoneAttribute, smsHref, type Phone } from '../internal/phone.js';
import { LTR, withLtr } from '../internal/ltr.js';
import { safeHref } from '../internal/safe-url.js';
import { phoneIcon, closeIcon, chevronIcon } from '../internal/icons.js';
import { onDemand } from '../internal/on-demand.js';
import { hotlineStyles } from './hotline.styles.js';
import { copyText } from '../internal/copy-text.js';
import type { AllyCallEvent } from '../events/ally-call.js';
import '../events/ally-call.js';
import '../events/ally-language-change.js';

/** United We Dream's national MigraWatch hotline, the default when a partner sets no `number`. */
export const DEFAULT_HOTLINE = '1-844-363-1423';
const DEFAULT_ORG = 'United We Dream';
const VARIANTS = ['button', 'banner', 'floating'] as const;
/** `variant` of `<ally-hotline>`. */
export type HotlineVariant = (typeof VARIANTS)[number];
/** Loaded on first use, so visitors on phones never download them. */
const loadQrCode = onDemand('ally-hotline', 'the QR code', () => import('./qr-code.js'));
const loadVCard = onDemand('ally-hotline', 'the contact card maker', () => import('./vcard.js'));
const POSITIONS = ['bottom-right', 'bottom-left'] as const;
/** `position` of a floating `<ally-hotline>`. */
export type HotlinePosition = (typeof POSITIONS)[number];

/**
 * @tagname ally-hotline
 * @summary A rapid-response hotline button: one tap reaches the phone's dialer; the number is always shown as text.
 *
 * @attr {string} number - Hotline number (US, `+` international, short code). Default United We Dream's 1-844-363-1423.
 * @attr {string} sms - A number or short code to text, e.g. `877877`.
 * @attr {string} sms-body - Text prefilled in the SMS.
 * @attr {string} label - The call button's text.
 * @attr {string} org - Who answers the hotline.
 * @attr {string} hours - When it is answered (free text, shown as written).
 * @attr {'button'|'banner'|'floating'} variant - Layout. Default `button`.
 * @attr {'bottom-right'|'bottom-left'} position - Corner for `floating`.
 * @attr {boolean} collapsed - `floating` only: start minimised to a one-line call button (it also starts so when, open, it would cover more than 15 % of the screen).
 *
 * @event {CustomEvent<{number: string, via: 'call'|'sms'}>} ally-call - A visitor tapped the call or text link.
 * @event {CustomEvent<{collapsed: boolean}>} ally-collapse - The floating hotline was minimised or restored.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart call - The call link (a `tel:` link).
 * @csspart number - The number as text.
 * @csspart details - Who answers and when.
 * @csspart sms - The text-message link.
 * @csspart actions - The row of copy / QR / save buttons.
 * @csspart copy - Copy-number button.
 * @csspart qr-toggle - Show/hide QR code button.
 * @csspart qr - The QR code panel.
 * @csspart qr-image - The QR code SVG.
 * @csspart save - Save-to-contacts button.
 * @csspart notice - The invalid-number notice.
 * @csspart fallback - Wraps the partner's own fallback content, kept in view when `number` is invalid.
 * @slot - The partner's no-JavaScript fallback: shown until the widget loads, and kept in place of the call button when `number` is invalid.
 * @csspart collapse - The floating variant's minimise / restore buttons (the floating hotline is a labelled `aside`).
 * @csspart language-menu - The language menu label; `language-select` the select.
 *
 * @cssprop --ally-accent - Button and highlight colour (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 * @cssprop --ally-z-index - Stacking level of `floating` (default 2147483000).
 * @cssprop --ally-offset - Distance of `floating` from the screen edges (default 1rem).
 */
export class AllyHotline extends AllyElement {
  static override styles = [tokenStyles, hotlineStyles];

  static override properties = {
    ...AllyElement.properties,
    number: { type: String },
    sms: { type: String },
    smsBody: { type: String, attribute: 'sms-body' },
    label: { type: String },
    org: { type: String },
    hours: { type: String },
    variant: { type: String, reflect: true },
    position: { type: String },
    collapsed: { type: Boolean, reflect: true },
    qrOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    moreOpen: { state: true, attribute: false },
  };

  declare number: string | undefined;
  declare sms: string | undefined;
  declare smsBody: string | undefined;
  declare label: string | undefined;
  declare org: string | undefined;
  declare hours: string | undefined;
  declare variant: HotlineVariant | undefined;
  declare position: HotlinePosition | undefined;
  declare collapsed: boolean;
  declare private qrOpen: boolean;
  declare private moreOpen: boolean;
  declare private announcement: string;

  private phone: Phone | null = null;
  /** The QR renderer, loaded on first use so visitors on phones never download it. */
  private qrTemplate?: typeof import('./qr-code.js').qrCode;
  private smsPhone: Phone | null = null;
  private viewportListener?: () => void;
  private clearOfFocus?: Promise<() => void>;

  constructor() {
    super();
    this.collapsed = false;
    this.qrOpen = false;
    this.moreOpen = false;
    this.announcement = '';
    this.addEventListener('keydown', (event) => this.escape(event));
  }

  /** Escape closes the innermost open disclosure (QR code, More options, then the floating panel) and puts focus back on its button. */
  private escape(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const toggle = this.qrOpen ? '.qr-toggle' : this.moreOpen ? '.more' : '';
    if (toggle) {
      event.preventDefault();
      if (this.qrOpen) this.qrOpen = false;
      else this.moreOpen = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(toggle)?.focus());
    } else if (this.kind === 'floating' && !this.collapsed) {
      event.preventDefault();
      this.setCollapsed(true);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('number') || !this.hasUpdated) {
      this.phone = phoneAttribute(this, 'number', this.number ?? DEFAULT_HOTLINE);
    }
    if (changed.has('sms')) {
      this.smsPhone = phoneAttribute(this, 'sms', this.sms);
    }
    if (changed.has('variant') && this.variant != null && !VARIANTS.includes(this.variant as never)) {
      this.warn('variant', this.variant, VARIANTS.join(', '));
    }
    if (this.kind === 'floating' && this.isConnected) this.keepClear();
    if (changed.has('position') && this.position != null && !POSITIONS.includes(this.position as never)) {
      this.warn('position', this.position, POSITIONS.join(', '));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followOnScreenKeyboard();
    if (this.kind === 'floating') this.keepClear();
  }

  /** Floating: moves out of the way of whatever gets focus in the page (its code loads only for this variant). */
  private keepClear(): void {
    this.clearOfFocus ??= import('./floating.js').then(
      (m) => m.keepClearOfFocus(this),
      () => () => {},
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.clearOfFocus?.then((stop) => stop());
    this.clearOfFocus = undefined;
    if (this.viewportListener) {
      globalThis.visualViewport?.removeEventListener('resize', this.viewportListener);
      globalThis.visualViewport?.removeEventListener('scroll', this.viewportListener);
    }
  }

  private get kind(): (typeof VARIANTS)[number] {
    return VARIANTS.includes(this.variant as never) ? (this.variant as (typeof VARIANTS)[number]) : 'button';
  }

  private get corner(): string {
    return POSITIONS.includes(this.position as never) ? this.position! : 'bottom-right';
  }

  private get answeredBy(): string | undefined {
    return this.org?.trim() || (this.number == null ? DEFAULT_ORG : undefined);
  }

  /**
   * iOS Safari keeps `position: fixed` elements under the on-screen keyboard;
   * the visual viewport tells how much of the layout viewport it covers, and
   * the floating hotline moves up by that much.
   */
  private followOnScreenKeyboard(): void {
    const viewport = globalThis.visualViewport;
    if (!viewport || this.viewportListener) return;
    this.viewportListener = () => {
      if (this.kind !== 'floating') return;
      const covered = Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop);
      this.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.style.setProperty('--ally-keyboard-offset', `${covered}px`);
    };
    viewport.addEventListener('resize', this.viewportListener);
    viewport.addEventListener('scroll', this.viewportListener);
  }

  override render() {
    const kind = this.kind;
    const floating = kind === 'floating';
    const title = msg('Immigration emergency hotline', { id: 'hotline.heading' });
    const classes = `variant-${kind}${floating ? ` floating ${this.corner}${this.collapsed ? ' is-collapsed' : ''}` : ''}`;
    if (floating && this.collapsed) {
      // One line: the call link (icon and number; the label is in its name) and a button that opens the rest.
      const phone = this.phone;
      return this.frame(
        html`<aside aria-label=${title} class="bar">
          ${phone
            ? html`<a part="call" class="button primary call" href=${safeHref(phone.tel) ?? nothing} @click=${() => this.called('call', phone)}>
                ${phoneIcon}<span class="visually-hidden">${this.label?.trim() || msg('Call the hotline', { id: 'hotline.call' })}</span>
                <span part="number" class="number" dir="ltr">${phone.display}</span>
              </a>`
            : nothing}
          <button part="collapse" class="button restore" aria-expanded="false" @click=${() => this.setCollapsed(false)}>
            ${chevronIcon}<span class="visually-hidden">${msg('Show the hotline', { id: 'hotline.restore' })}</span>
          </button>
        </aside>`,
        classes,
      );
    }
    const content = html`<div class="head">
        <div class="intro">${this.heading(title)} ${this.renderDetails()}</div>
        ${floating
          ? html`<button part="collapse" class="button minimize" aria-expanded="true" @click=${() => this.setCollapsed(true)}>
              ${closeIcon}<span class="visually-hidden">${msg('Minimize the hotline', { id: 'hotline.minimize' })}</span>
            </button>`
          : nothing}
      </div>
      <div class="main">${this.renderCall()} ${this.renderSms()}</div>
      ${floating ? this.renderMoreToggle() : nothing}
      ${!floating || this.moreOpen ? this.renderExtras() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    // Floating, it is a labelled complementary landmark of its own (it sits outside the page's landmarks).
    return this.frame(floating ? html`<aside aria-label=${title} class="panel">${content}</aside>` : content, classes);
  }

  /**
   * On a small or zoomed screen the floating hotline starts as its one-line
   * bar: open, it would cover more than 15 % of the screen.
   */
  protected override firstUpdated(): void {
    if (this.kind !== 'floating' || this.collapsed) return;
    const box = this.renderRoot.querySelector('[part~="base"]')!.getBoundingClientRect();
    if (box.width * box.height > 0.15 * innerWidth * innerHeight) this.collapsed = true;
  }

  private renderDetails() {
    const org = this.answeredBy;
    const hours = this.hours?.trim();
    if (!org && !hours) return nothing;
    return html`<p part="details" class="details">
      ${org ? html`<span>${msg(str`Answered by ${org}`, { id: 'hotline.answeredBy' })}</span>` : nothing}
      ${hours ? html`<span>${msg(str`Hours: ${hours}`, { id: 'hotline.hours' })}</span>` : nothing}
    </p>`;
  }

  /** Whether the partner wrote fallback content inside the element (elements or text, not just white space). */
  private get hasFallback(): boolean {
    return [...this.childNodes].some((node) => node.nodeType == 1 || !!node.textContent!.trim());
  }

  private renderCall() {
    const label = this.label?.trim() || msg('Call the hotline', { id: 'hotline.call' });
    if (!this.phone) {
      // The partner's own no-JavaScript fallback (a working tel: link, say) stays in view: it is better than no link.
      if (this.hasFallback) return html`<div part="fallback" class="fallback"><slot></slot></div>`;
      return html`<p part="notice" class="notice" role="alert">
        ${msg('This hotline number is not set up correctly, so it cannot be called from here.', { id: 'hotline.invalidNumber' })}
        <span class="raw">number="${this.number}"</span>
      </p>`;
    }
    return html`<a part="call" class="button primary call" href=${safeHref(this.phone.tel) ?? nothing} @click=${() => this.called('call', this.phone!)}>
      ${phoneIcon}
      <span class="call-text">
        <span class="call-label">${label}</span>
        <span part="number" class="number ltr" dir="ltr">${this.phone.display}</span>
      </span>
    </a>`;
  }

  private renderSms() {
    if (!this.sms) return nothing;
    if (!this.smsPhone) {
      return html`<p part="notice" class="notice" role="alert">
        ${msg('The text-message number is not set up correctly.', { id: 'hotline.invalidSms' })}
        <span class="raw">sms="${this.sms}"</span>
      </p>`;
    }
    const number = this.smsPhone.display;
    return html`<a part="sms" class="button sms" href=${safeHref(smsHref(this.smsPhone, this.smsBody)) ?? nothing} @click=${() => this.called('sms', this.smsPhone!)}>
      ${withLtr(msg(str`Text ${LTR}`, { id: 'hotline.sms' }), number)}
    </a>`;
  }

  private renderMoreToggle() {
    return html`<button class="button more" aria-expanded=${this.moreOpen ? 'true' : 'false'} @click=${() => (this.moreOpen = !this.moreOpen)}>
      ${this.moreOpen ? msg('Fewer options', { id: 'hotline.fewer' }) : msg('More options', { id: 'hotline.more' })}
    </button>`;
  }

  private renderExtras() {
    if (!this.phone) return this.languageMenu();
    const qrLabel = msg(str`QR code that dials ${this.phone.display}`, { id: 'hotline.qrLabel' });
    return html`<div part="actions" class="actions">
        <button part="copy" class="button" @click=${this.copyNumber}>${msg('Copy number', { id: 'hotline.copy' })}</button>
        <button part="qr-toggle" class="button qr-toggle" aria-expanded=${this.qrOpen ? 'true' : 'false'} aria-controls="qr" @click=${this.toggleQr}>
          ${this.qrOpen ? msg('Hide QR code', { id: 'hotline.hideQr' }) : msg('Show QR code', { id: 'hotline.showQr' })}
        </button>
        <button part="save" class="button" @click=${this.saveContact}>${msg('Save to contacts', { id: 'hotline.save' })}</button>
      </div>
      <div part="qr" id="qr" class="qr" ?hidden=${!this.qrOpen}>
        ${this.qrOpen ? this.qrTemplate?.(this.phone.tel, qrLabel) : nothing}
        <p>${msg('Point a phone camera at this code to call.', { id: 'hotline.qrHelp' })}</p>
      </div>
      ${this.languageMenu()}`;
  }

  private async toggleQr(): Promise<void> {
    this.qrTemplate ??= (await loadQrCode())?.qrCode;
    if (this.qrTemplate) this.qrOpen = !this.qrOpen;
  }

  private called(via: 'call' | 'sms', phone: Phone): void {
    this.emit('ally-call', { number: phone.dial, via } as AllyCallEvent['detail']);
  }

  private setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.emit('ally-collapse', { collapsed });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="collapse"]')?.focus());
  }

  private async copyNumber(): Promise<void> {
    if (!this.phone) return;
    const ok = await copyText(this.phone.display, this.renderRoot.querySelector('[part~="number"]'));
    this.announce(
      ok
        ? msg(str`Copied ${this.phone.display}`, { id: 'hotline.copied' })
        : msg('Could not copy. Select the number and copy it.', { id: 'hotline.copyFailed' }),
    );
  }

  /** Builds the contact card in the page; the vCard code loads on first use (few visitors need it). */
  private async saveContact(): Promise<void> {
    if (!this.phone) return;
    const vcard = await loadVCard();
    if (!vcard || !this.phone) return;
    const { buildVCard, downloadFile } = vcard;
    const org = this.answeredBy;
    const name = org ? msg(str`${org} hotline`, { id: 'hotline.contactName' }) : msg('Immigration emergency hotline', { id: 'hotline.heading' });
    const card = buildVCard({ name, org, tel: this.phone.dial, sms: this.smsPhone?.dial, note: this.hours });
    downloadFile(card, 'hotline.vcf', 'text/vcard');
    this.announce(msg('Contact card ready. Open it to add the hotline to your contacts.', { id: 'hotline.saved' }));
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-collapse': CustomEvent<{ collapsed: boolean }>;
  }
}
