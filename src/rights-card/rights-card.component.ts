import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import type { Phone } from '../internal/phone.js';
import { safeHref } from '../internal/safe-url.js';
import { getLocale } from '../internal/localization.js';
import { directionOf, formatLocale, nativeName } from '../internal/languages.js';
import { SHIPPED_LOCALES } from '../internal/localization.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { REVIEWED_GROUPS } from '../generated/reviewed-groups.js';
import { CONTENT_DATE, formatDate, parseIsoDate } from './content.js';
import type { SayLine } from './rights-card.content.js';
import { ReadAloud, readAloudStyles } from '../internal/read-aloud.js';
import { rightsCardStyles } from './rights-card.styles.js';
import { keepFitted } from './fit-text.js';
import type { PrintData } from './print.js';
import { onDemand } from '../internal/on-demand.js';
import '../events/ally-flip.js';
import '../events/ally-language-change.js';

export type RightsCardSide = 'you' | 'officer';
const SIDES: readonly string[] = ['you', 'officer'];
/** The phone-number parser is shared with other widgets (in dist/ it is part of the shared core); the card text never waits for it. */
const loadPhoneNumbers = onDemand('ally-rights-card', 'the phone-number checker (the hotline is not shown)', () => import('../internal/phone.js'));

type Content = typeof import('./rights-card.content.js');
/**
 * The card's text is most of this widget's weight, so the script-tag build
 * keeps it in a chunk beside the entry (loaded relative to its own URL) that
 * the first card on the page asks for; the heading renders meanwhile.
 */
let loading: Promise<Content> | undefined;
let loaded: Content | undefined;
function loadContent(): Promise<Content> {
  loading ??= import('./rights-card.content.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // a later card (or reconnect) tries again
      throw error;
    },
  );
  return loading;
}

/**
 * @tagname ally-rights-card
 * @summary A know-your-rights "red card": the visitor's rights in their language on one side, an English statement for the officer on the other; full-screen "show to officer" view and printable wallet cards.
 *
 * @attr {'you'|'officer'} side - The side shown. Default `you`. Reflects.
 * @attr {string} reviewed - ISO date (`YYYY-MM-DD`) the partner last reviewed the content, shown on the card. Default the content's own date, 2026-11-30.
 * @attr {string} hotline - A phone number printed and shown on the card: "If I am detained, call …". Optional; without it the printed card has a write-in line "Lawyer / family: ____".
 * @attr {string} hotline-label - Who that number reaches, e.g. `GR Rapid Response`.
 *
 * @event {CustomEvent<{side: 'you'|'officer'}>} ally-flip - A visitor flipped the card; `side` is the side now shown.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart actions - The row of buttons.
 * @csspart show-officer - The "Show to officer" button.
 * @csspart flip - The flip button.
 * @csspart print - The "Print wallet cards" button.
 * @csspart card - The card (either side).
 * @csspart band - The card's coloured title band.
 * @csspart points - The list of rights (visitor's side).
 * @csspart say - The words to say, in the visitor's language and beside them in English (`say-en`).
 * @csspart listen - The read-aloud controls (`listen-button`, `listen-stop`); shown only where the device has its own voice for the language.
 * @csspart statement - The English statement for the officer (officer side and full-screen view).
 * @csspart hotline - The "If I am detained, call …" line; `call` its `tel:` link.
 * @csspart disclaimer - The "not legal advice" line; `reviewed` the review date.
 * @csspart unreviewed - In a language no native speaker has reviewed yet (the language's XLIFF says so): the line saying so, in that language; `show-english` its button that shows the card in English, then `back-language` the button (named in the language) that returns to it.
 * @csspart officer-view - The full-screen view for the officer; `close` its close button.
 * @csspart language-menu - The language menu label; `language-select` the select.
 *
 * @cssprop --ally-card-color - The card's red (border, band). Default #b3261e (dark: #ffb4ab).
 * @cssprop --ally-card-contrast - Text on the band. Default #fff (dark: #1a1c20).
 * @cssprop --ally-accent - Button and highlight colour (default #1d4ed8).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 * @cssprop --ally-z-index - Stacking level of the full-screen view when the browser has no top layer (default 2147483000).
 */
export class AllyRightsCard extends AllyElement {
  static override styles = [tokenStyles, readAloudStyles, rightsCardStyles];

  static override properties = {
    ...AllyElement.properties,
    side: { type: String, reflect: true },
    reviewed: { type: String },
    hotline: { type: String },
    hotlineLabel: { type: String, attribute: 'hotline-label' },
    announcement: { state: true },
    content: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  /** `you` (default) or `officer`. */
  declare side: RightsCardSide;
  declare reviewed: string | undefined;
  declare hotline: string | undefined;
  declare hotlineLabel: string | undefined;
  declare private announcement: string;
  declare private content: Content | undefined;
  declare private failed: boolean;
  /** Read aloud where the device has its own voice (the reader loads when Listen is pressed). */
  private listen = new ReadAloud(this);

  private phone: Phone | null = null;
  private phoneTask?: Promise<void>;
  private reviewedDate = parseIsoDate(CONTENT_DATE)!;
  private wakeLock?: WakeLockSentinel;
  /** The language the visitor left with "Show the card in English", offered back while English shows. */
  private returnTo?: string;
  /** The button to focus once the language switched (the one pressed has gone). */
  private focusAfterSwitch?: 'show-english' | 'back-language';
  private stopFitting?: () => void;

  constructor() {
    super();
    this.side = 'you';
    this.announcement = '';
    this.content = loaded;
    this.failed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.content) return;
    this.failed = false;
    loadContent().then(
      (content) => (this.content = content),
      (error: unknown) => {
        this.failed = true;
        console.error('<ally-rights-card>: could not load the text of the card.', error);
      },
    );
  }

  /** The side shown (`you` when `side` is invalid). */
  private get shownSide(): RightsCardSide {
    return SIDES.includes(this.side) ? (this.side as RightsCardSide) : 'you';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('side') && this.side !== this.shownSide) this.warn('side', this.side, 'you or officer');
    if (changed.has('reviewed')) {
      const date = parseIsoDate(this.reviewed);
      if (this.reviewed != null && !date) this.warn('reviewed', this.reviewed, `an ISO date such as ${CONTENT_DATE}`);
      this.reviewedDate = date ?? parseIsoDate(CONTENT_DATE)!;
    }
    if (changed.has('hotline')) {
      this.phone = null;
      const value = this.hotline;
      this.phoneTask = value
        ? loadPhoneNumbers().then((module) => {
            if (!module || value !== this.hotline) return;
            this.phone = module.phoneAttribute(this, 'hotline', value);
            this.requestUpdate();
          })
        : undefined;
    }
  }

  /** `updateComplete` also waits for the card's text and for the hotline number to be checked and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (!this.content && this.isConnected) await loadContent().catch(() => undefined);
    await super.getUpdateComplete();
    await this.phoneTask;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeOfficerView();
  }

  private get dialog() {
    return this.renderRoot.querySelector('dialog')!;
  }

  private get hotlineText(): string {
    const label = this.hotlineLabel?.trim();
    return label ? msg(str`If I am detained, call ${label}:`, { id: 'rightsCard.hotlineLabelled' }) : msg('If I am detained, call:', { id: 'rightsCard.hotline' });
  }

  private get disclaimer() {
    return msg('This is general help, not legal advice.', { id: 'rightsCard.disclaimer' });
  }

  /** True in a language whose card text no native speaker has reviewed yet (from its XLIFF, at build time). */
  private get unreviewed(): boolean {
    const locale = getLocale();
    return locale !== sourceLocale && !REVIEWED_GROUPS[locale]?.includes('rightsCard');
  }

  private get unreviewedText() {
    return msg('This translation has not yet been checked by a native speaker.', { id: 'rightsCard.unreviewed', desc: 'Rights card, after the not-legal-advice line (and on the printed card), only in a language no native speaker has reviewed yet: says plainly that this translation may contain mistakes because no native speaker has checked it.' });
  }

  /** Said in the language shown: its translation is unreviewed, and the English card is one tap away (and the way back, in English). */
  private reviewNotice() {
    if (this.unreviewed) {
      return html` <span part="unreviewed">${this.unreviewedText}</span>
        <button part="show-english" class="button english" lang=${getLocale()} @click=${this.showEnglish}>${msg('Show the card in English', { id: 'rightsCard.showEnglish', desc: 'Rights card, a button after the unreviewed-translation line: switches the card (and the page) to English. Say "in English" explicitly.' })}</button>`;
    }
    const back = this.returnTo;
    if (getLocale() !== sourceLocale || !back || !SHIPPED_LOCALES.includes(back)) return nothing;
    return html` <button part="back-language" class="button english" lang=${back} dir=${directionOf(back)} @click=${this.backToLanguage}>${nativeName(back)}</button>`;
  }

  private showEnglish(): void {
    this.returnTo = getLocale();
    this.focusAfterSwitch = 'back-language';
    this.chooseLanguage(sourceLocale);
  }

  private backToLanguage(): void {
    const back = this.returnTo;
    this.returnTo = undefined;
    this.focusAfterSwitch = 'show-english';
    if (back) this.chooseLanguage(back);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const button = this.focusAfterSwitch && this.renderRoot.querySelector<HTMLElement>(`[part~="${this.focusAfterSwitch}"]`);
    if (button) {
      this.focusAfterSwitch = undefined;
      button.focus();
    }
  }

  private get reviewedText() {
    return msg(str`Last reviewed: ${formatDate(this.reviewedDate, formatLocale(getLocale()))}`, { id: 'rightsCard.reviewed' });
  }

  /** The card's title band, also announced when the card flips. */
  private get band() {
    return this.shownSide === 'officer'
      ? msg('Officer side (in English)', { id: 'rightsCard.officerBand' })
      : msg('Your side: what to do and say', { id: 'rightsCard.youBand' });
  }

  override render() {
    const officer = this.shownSide === 'officer';
    const top = html`<div class="top">${this.heading(msg('Know your rights', { id: 'rightsCard.heading' }))} ${this.languageMenu()}</div>`;
    const c = this.content;
    if (!c) {
      // The partner's no-JavaScript fallback (light-DOM children) stays visible until the text arrives.
      return this.frame(
        html`${top}
          ${this.failed
            ? html`<p part="notice" class="notice" role="alert">${msg('This card could not load. Check your connection and reload the page.', { id: 'rightsCard.loadFailed' })}</p>`
            : nothing}
          <slot></slot>`,
      );
    }
    return this.frame(
      html`${top}
        <div part="actions" class="actions">
          <button part="show-officer" class="button primary" @click=${this.showOfficerView}>${msg('Show to officer', { id: 'rightsCard.show' })}</button>
          <button part="flip" class="button" aria-controls="card" @click=${this.flip}>
            ${officer ? msg('Flip to your side', { id: 'rightsCard.flipToYou' }) : msg('Flip to the officer side', { id: 'rightsCard.flipToOfficer' })}
          </button>
          <button part="print" class="button" @click=${this.print}>${msg('Print wallet cards', { id: 'rightsCard.print' })}</button>
        </div>
        ${this.listen.controls(officer ? 'en' : getLocale())}
        <div part="card" id="card" class="card ${officer ? 'officer' : 'you'}">
          <p part="band" class="band">${this.band}</p>
          <div class="face">${officer ? this.renderOfficer(c) : this.renderYou(c)}</div>
        </div>
        <p part="disclaimer" class="disclaimer">${this.disclaimer} <span part="reviewed">${this.reviewedText}</span>${this.reviewNotice()}</p>
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <dialog
          part="officer-dialog"
          aria-label=${msg('Statement for the officer', { id: 'rightsCard.dialogLabel' })}
          @keydown=${this.dialogKey}
          @close=${this.afterClose}
        >
          <div part="officer-view" class="view" @fullscreenchange=${this.fullscreenChanged}>
            <button part="close" class="button close" @click=${this.closeOfficerView}><span aria-hidden="true">✕</span> ${msg('Close', { id: 'rightsCard.close' })}</button>
            ${this.statement(c, 'view-text', false)}
          </div>
        </dialog>`,
    );
  }

  private renderYou(c: Content) {
    const lang = getLocale();
    return html`<p data-read>${c.rightsIntro()}</p>
      <ol part="points" class="points">
        ${c.rightsPoints().map(
          ({ title, body, say }) => html`<li>
            <strong data-read>${title}</strong> <span data-read>${body}</span>${say ? this.renderSay(say, lang) : nothing}
          </li>`,
        )}
      </ol>
      ${this.renderHotline()}`;
  }

  /** The words to say: in the visitor's language, and the English beside them (once, on an English page). */
  private renderSay(say: SayLine, lang: string) {
    const english = html`<q lang="en" dir="ltr" data-read>${say.en}</q>`;
    return html`<span part="say" class="say">
      ${lang === 'en'
        ? html`${msg('Say:', { id: 'rightsCard.sayLabel' })} ${english}`
        : html`<span data-read>${msg('Say:', { id: 'rightsCard.sayLabel' })} <q>${say.text}</q></span>
            <span part="say-en" class="say-en">${msg('In English:', { id: 'rightsCard.inEnglish' })} ${english}</span>`}
    </span>`;
  }

  private renderOfficer(c: Content) {
    return html`<p>${msg('Show this side to the officer. It stays in English so the officer can read it.', { id: 'rightsCard.officerHint' })}</p>
      ${this.statement(c, 'statement', true)}`;
  }

  private statement(c: Content, className: string, readable: boolean) {
    return html`<div part="statement" class=${className} lang="en" dir="ltr">
      ${c.OFFICER_STATEMENT.map((line) => html`<p ?data-read=${readable}>${line}</p>`)}
    </div>`;
  }

  private renderHotline() {
    if (!this.phone) return nothing;
    return html`<p part="hotline" class="hotline">
      <span>${this.hotlineText}</span>
      <a part="call" class="button primary" href=${safeHref(this.phone.tel) ?? nothing}><span class="ltr" dir="ltr">${this.phone.display}</span></a>
    </p>`;
  }

  private flip(): void {
    this.listen.stop();
    const side: RightsCardSide = this.shownSide === 'you' ? 'officer' : 'you';
    this.side = side;
    this.emit('ally-flip', { side });
    this.announcement = this.band;
  }

  /**
   * Opens the large English statement: a modal `<dialog>` (top layer, native
   * focus containment and Escape), made full-screen with the Fullscreen API
   * when the browser allows it. Without fullscreen (iPhone, refused, no user
   * gesture) the dialog alone covers the viewport (`position: fixed; inset: 0`).
   */
  showOfficerView(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    const view = dialog.firstElementChild as HTMLElement;
    // The statement is measured and sized to fill the screen without scrolling, whatever the fonts.
    this.stopFitting?.();
    this.stopFitting = keepFitted(view, view.querySelector<HTMLElement>('.view-text')!);
    view.querySelector('button')!.focus();
    if (document.fullscreenEnabled && view.requestFullscreen) view.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
    // Keep the phone's screen on while it is held up to a window.
    navigator.wakeLock?.request('screen').then((lock) => (this.wakeLock = lock), () => {});
  }

  /** Closes the officer view (Close button, Escape, leaving fullscreen) and gives focus back to the button that opened it. */
  closeOfficerView(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
  }

  private async afterClose(): Promise<void> {
    this.stopFitting?.();
    this.stopFitting = undefined;
    void this.wakeLock?.release().catch(() => {});
    this.wakeLock = undefined;
    // While the overlay is fullscreen the rest of the page is inert: leave fullscreen first, then move focus.
    if ((this.renderRoot as ShadowRoot).fullscreenElement) await document.exitFullscreen().catch(() => {});
    this.renderRoot.querySelector<HTMLElement>('[part~="show-officer"]')?.focus();
  }

  /** Escape closes; Tab stays on the only control inside (the statement is text). */
  private dialogKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      if (event.key === 'Escape') this.closeOfficerView();
      else this.dialog.querySelector('button')!.focus();
    }
  }

  /**
   * Escape in fullscreen is taken by the browser to leave fullscreen; leaving fullscreen closes the view too.
   * Fullscreen granted after the view was already closed (a quick second tap) is left again at once.
   */
  private fullscreenChanged(): void {
    if (!document.fullscreenElement) this.closeOfficerView();
    else if (!this.dialog.open) void this.afterClose();
  }

  /** Prints wallet-size cards (front in the visitor's language, back in English); the print layout loads on first use. */
  async print(): Promise<void> {
    await this.phoneTask;
    try {
      const [{ OFFICER_STATEMENT, sayLines }, { printCards }] = await Promise.all([loadContent(), import('./print.js')]);
      // Everything in the visitor's language is read after the awaits, so it is all in one language.
      const locale = getLocale();
      printCards({
        lang: locale,
        dir: directionOf(locale),
        heading: msg('Know your rights', { id: 'rightsCard.heading' }),
        hotline: this.phone ? { text: this.hotlineText, number: this.phone.display } : undefined,
        // The unreviewed sentence before the date: a date ends with no full stop, so after it the sentence would run on.
        footer: `${this.disclaimer}${this.unreviewed ? ` ${this.unreviewedText}` : ''} ${this.reviewedText}`.trim(),
        statement: OFFICER_STATEMENT,
        say: sayLines(),
      } satisfies PrintData);
    } catch (error) {
      console.error('<ally-rights-card>: could not prepare the cards for printing.', error);
      this.announcement = msg('Could not prepare the cards for printing. Please try again.', { id: 'rightsCard.printFailed' });
    }
  }
}
