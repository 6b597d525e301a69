import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { heading } from '../internal/heading.js';
import { phoneAttribute, smsHref, type Phone } from '../internal/phone.js';
import { LTR, withLtr } from '../internal/ltr.js';
import { safeHref } from '../internal/safe-url.js';
import { copyText } from '../internal/copy-text.js';
import { getLocale } from '../internal/localization.js';
import { formatLocale } from '../internal/languages.js';
import { phoneIcon } from '../internal/icons.js';
import { AGENCIES, REPORT_KINDS, composeReport, emptyDraft, formatPosition, timeIn, type Agency, type ReportDraft, type ReportKind, type ReportWords } from './message.js';
import { reportStyles } from './report.styles.js';
import '../events/ally-report.js';
import '../events/ally-language-change.js';

/** United We Dream's national hotline, the default when a partner sets no `number`. */
const DEFAULT_HOTLINE = '1-844-363-1423';
const DEFAULT_ORG = 'United We Dream';
/** The longest text a field takes (the message must fit in an `sms:` link). */
const MAX_LENGTH = 300;

type TextField = 'agents' | 'uniforms' | 'vehicles' | 'said' | 'place' | 'time';
type LocationState = 'none' | 'finding' | 'added' | 'failed';

/**
 * @tagname ally-report
 * @summary "I see ICE activity": guides a witness through a short report to the partner's rapid-response line, then lets them text, call or copy it themselves. Nothing is sent by the widget.
 *
 * @attr {string} number - The rapid-response line to call (US, `+` international, short code). Default United We Dream's 1-844-363-1423.
 * @attr {string} sms - A number or short code to text the report to. Without it, Text it is not offered.
 * @attr {string} org - Who answers the line (shown as "Your report goes to …"). Default "United We Dream" with the default number.
 *
 * @event {CustomEvent<{via: 'sms'|'call'|'copy', kind: 'agents'|'arrest'|'home'|'workplace'|'checkpoint'|'other'|null}>} ally-report - A witness tapped Text it, Call or Copy. Never carries the place, time, position or text.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The widget's heading.
 * @csspart intro - The opening line.
 * @csspart steps - The ordered list of the five steps.
 * @csspart step - One step (also `safety`, `what`, `where`, `send` or `after`).
 * @csspart step-heading - A step's heading.
 * @csspart emergency - The call-911 link.
 * @csspart kinds - The choices of what the witness sees.
 * @csspart field - A labelled text field (label and input).
 * @csspart place - The place field's input.
 * @csspart locate - The "Use my location" / "Remove my location" button.
 * @csspart message - The composed message, shown to read aloud.
 * @csspart actions - The row of Text it / Call / Copy.
 * @csspart sms - The Text it link (an `sms:` link).
 * @csspart call - The Call link (a `tel:` link).
 * @csspart copy - The Copy button.
 * @csspart notice - An invalid `number` or `sms`, or a hint.
 * @csspart fallback - Wraps the partner's own fallback content, kept in view in place of Call when `number` is invalid.
 * @slot - The partner's no-JavaScript fallback: shown until the widget loads, and kept in place of Call when `number` is invalid.
 * @csspart language-menu - The language menu label; `language-select` the select.
 *
 * @cssprop --ally-accent - Button and highlight colour (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-surface - Background of the message and the step numbers (default #f4f5f7).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 */
export class AllyReport extends AllyElement {
  static override styles = [tokenStyles, reportStyles];

  static override properties = {
    ...AllyElement.properties,
    number: { type: String },
    sms: { type: String },
    org: { type: String },
    draft: { state: true, attribute: false },
    timeChosen: { state: true, attribute: false },
    locationState: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  declare number: string | undefined;
  declare sms: string | undefined;
  declare org: string | undefined;
  /** What the witness entered so far. It stays in this element: no storage, no request, no event carries it. */
  declare private draft: ReportDraft;
  /** `true` once the witness picks "Earlier, at" instead of "Now". */
  declare private timeChosen: boolean;
  declare private locationState: LocationState;
  declare private announcement: string;

  private phone: Phone | null = null;
  private smsPhone: Phone | null = null;

  constructor() {
    super();
    this.draft = emptyDraft();
    this.timeChosen = false;
    this.locationState = 'none';
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('number') || !this.hasUpdated) {
      this.phone = phoneAttribute(this, 'number', this.number ?? DEFAULT_HOTLINE);
    }
    if (changed.has('sms')) {
      this.smsPhone = phoneAttribute(this, 'sms', this.sms);
    }
  }

  private get answeredBy(): string | undefined {
    return this.org?.trim() || (this.number == null ? DEFAULT_ORG : undefined);
  }

  /** The message's words in the page's language. */
  private words(): ReportWords {
    const locale = formatLocale(getLocale());
    return {
      title: msg('ICE activity report', { id: 'report.msg.title' }),
      what: msg('What', { id: 'report.msg.what' }),
      agents: msg('Agents', { id: 'report.msg.agents' }),
      agency: msg('Agency', { id: 'report.msg.agency' }),
      uniforms: msg('Uniforms', { id: 'report.msg.uniforms' }),
      vehicles: msg('Vehicles', { id: 'report.msg.vehicles' }),
      said: msg('They said', { id: 'report.msg.said' }),
      where: msg('Where', { id: 'report.msg.where' }),
      when: msg('When', { id: 'report.msg.when' }),
      now: msg('now', { id: 'report.msg.now' }),
      location: msg('Location', { id: 'report.msg.location' }),
      kinds: {
        agents: msg('Agents or their vehicles only', { id: 'report.kind.agents' }),
        arrest: msg('An arrest', { id: 'report.kind.arrest' }),
        home: msg('A raid at a home', { id: 'report.kind.home' }),
        workplace: msg('A raid at a workplace', { id: 'report.kind.workplace' }),
        checkpoint: msg('A checkpoint', { id: 'report.kind.checkpoint' }),
        other: msg('Something else', { id: 'report.kind.other' }),
      },
      agencies: {
        ice: 'ICE',
        cbp: 'CBP',
        police: msg('Police', { id: 'report.agency.police' }),
        unknown: msg('Not sure', { id: 'report.agency.unknown' }),
      },
      formatTime: (time) => timeIn(locale, time),
    };
  }

  /** The report as it will be sent. */
  get message(): string {
    return composeReport({ ...this.draft, time: this.timeChosen ? this.draft.time : '' }, this.words());
  }

  override render() {
    const words = this.words();
    const org = this.answeredBy;
    return this.frame(
      html`${this.heading(msg('I see ICE activity', { id: 'report.heading' }))}
        <p part="intro" class="intro">
          ${msg('Take a breath. Answer what you can; this writes one short message that you send yourself.', { id: 'report.intro' })}
        </p>
        <ol part="steps" class="steps">
          ${this.step('safety', msg('Are you safe?', { id: 'report.safety.heading' }), this.renderSafety())}
          ${this.step('what', msg('What do you see?', { id: 'report.what.heading' }), this.renderWhat(words))}
          ${this.step('where', msg('Where and when?', { id: 'report.where.heading' }), this.renderWhere())}
          ${this.step('send', msg('Send it yourself', { id: 'report.send.heading' }), this.renderSend(org))}
          ${this.step('after', msg('After', { id: 'report.after.heading' }), this.renderAfter())}
        </ol>
        ${this.languageMenu()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`,
    );
  }

  private step(name: string, title: string, content: unknown) {
    return html`<li part="step ${name}" class="step">
      ${heading(Math.min(this.level + 1, 6), title, 'step-heading')}
      <div class="step-body">${content}</div>
    </li>`;
  }

  private renderSafety() {
    return html`<ul class="points">
      <li>${msg('Keep a safe distance.', { id: 'report.safety.distance' })}</li>
      <li>${msg('Do not interfere with agents or block them.', { id: 'report.safety.interfere' })}</li>
      <li>
        ${msg('If someone is hurt, call 911.', { id: 'report.safety.hurt' })}
        <a part="emergency" class="button emergency" href="tel:911">${phoneIcon}${msg('Call 911', { id: 'report.safety.call911' })}</a>
      </li>
    </ul>`;
  }

  private renderWhat(words: ReportWords) {
    return html`<fieldset part="kinds" class="choices">
        <legend class="visually-hidden">${msg('What do you see?', { id: 'report.what.heading' })}</legend>
        ${REPORT_KINDS.map((kind) => this.choice('kind', kind, words.kinds[kind], this.draft.kind === kind))}
      </fieldset>
      <p class="hint">${msg('Only what you can see safely. Every question is optional.', { id: 'report.what.optional' })}</p>
      ${this.field('agents', msg('How many agents?', { id: 'report.what.agents' }), { inputmode: 'numeric', maxlength: 20 })}
      <fieldset class="choices agencies">
        <legend>${msg('Which agency, if marked?', { id: 'report.what.agency' })}</legend>
        ${AGENCIES.map((agency) => this.choice('agency', agency, words.agencies[agency], this.draft.agency === agency))}
      </fieldset>
      ${this.field('uniforms', msg('Uniforms: what are they wearing?', { id: 'report.what.uniforms' }))}
      ${this.field('vehicles', msg('Vehicles and license plates', { id: 'report.what.vehicles' }))}
      ${this.field('said', msg('Anything they said', { id: 'report.what.said' }), { multiline: true })}`;
  }

  private choice(name: 'kind' | 'agency', value: string, label: string, checked: boolean) {
    return html`<label class="choice">
      <input type="radio" name=${name} value=${value} .checked=${checked} @change=${this.onChoice} />
      <span>${label}</span>
    </label>`;
  }

  private field(name: TextField, label: string, options: { inputmode?: string; maxlength?: number; multiline?: boolean; hint?: string } = {}) {
    const value = this.draft[name];
    const hint = options.hint ? html`<span class="hint">${options.hint}</span>` : nothing;
    const control = options.multiline
      ? html`<textarea name=${name} rows="2" maxlength=${MAX_LENGTH} .value=${value} @input=${this.onInput}></textarea>`
      : html`<input
          type="text"
          name=${name}
          part=${name === 'place' ? 'place' : nothing}
          inputmode=${options.inputmode ?? nothing}
          maxlength=${options.maxlength ?? MAX_LENGTH}
          autocomplete="off"
          .value=${value}
          @input=${this.onInput}
        />`;
    return html`<label part="field" class="field"><span class="label">${label}</span>${hint}${control}</label>`;
  }

  private renderWhere() {
    const position = this.draft.position;
    const finding = this.locationState === 'finding';
    return html`${this.field('place', msg('Where is it happening?', { id: 'report.where.place' }), {
        hint: msg('Cross streets, a landmark or an address', { id: 'report.where.placeHint' }),
      })}
      <fieldset class="choices when">
        <legend>${msg('When?', { id: 'report.where.when' })}</legend>
        <label class="choice">
          <input type="radio" name="when" value="now" .checked=${!this.timeChosen} @change=${this.onWhen} />
          <span>${msg('Now', { id: 'report.where.now' })}</span>
        </label>
        <label class="choice">
          <input type="radio" name="when" value="at" .checked=${this.timeChosen} @change=${this.onWhen} />
          <span>${msg('Earlier', { id: 'report.where.earlier' })}</span>
        </label>
        ${this.timeChosen
          ? html`<label part="field" class="field time">
              <span class="label">${msg('Time', { id: 'report.where.time' })}</span>
              <input type="time" name="time" .value=${this.draft.time} @input=${this.onInput} />
            </label>`
          : nothing}
      </fieldset>
      <div class="location">
        ${position ? html`<p>${withLtr(msg(str`Your location is in the message: ${LTR}`, { id: 'report.where.located' }), formatPosition(position))}</p>` : nothing}
        <button
          part="locate"
          class="button"
          type="button"
          aria-disabled=${finding ? 'true' : nothing}
          @click=${position ? this.removeLocation : this.locate}
        >
          ${position
            ? msg('Remove my location', { id: 'report.where.removeLocation' })
            : finding
              ? msg('Finding your location…', { id: 'report.where.finding' })
              : msg('Use my location', { id: 'report.where.useLocation' })}
        </button>
        ${position
          ? nothing
          : html`<p class="hint">
              ${this.locationState === 'failed'
                ? msg('Your location is not available. Type the place instead.', { id: 'report.where.locationFailed' })
                : msg('Optional. It adds coordinates to the message; nothing is sent until you send it.', { id: 'report.where.locationHint' })}
            </p>`}
      </div>`;
  }

  private renderSend(org: string | undefined) {
    const message = this.message;
    return html`${org ? html`<p>${msg(str`Your report goes to ${org}.`, { id: 'report.send.to' })}</p>` : nothing}
      <div class="message-box">
        <p class="label">${msg('Your message', { id: 'report.send.message' })}</p>
        <p part="message" class="message">${message}</p>
      </div>
      ${this.draft.place.trim() ? nothing : html`<p part="notice" class="notice hint-notice">${msg('Add where it is happening, so help can be sent to the right place.', { id: 'report.send.noPlace' })}</p>`}
      <div part="actions" class="actions">${this.renderSms(message)} ${this.renderCall()}
        <button part="copy" class="button" type="button" @click=${this.copyMessage}>${msg('Copy the message', { id: 'report.send.copy' })}</button>
      </div>
      ${this.phone ? html`<p class="hint">${msg('If you call, read the message aloud.', { id: 'report.send.readAloud' })}</p>` : nothing}
      <p class="hint">${msg('Nothing is sent until you tap, and then only from your own phone.', { id: 'report.send.private' })}</p>`;
  }

  private renderSms(message: string) {
    if (!this.sms) return nothing;
    if (!this.smsPhone) {
      return html`<p part="notice" class="notice" role="alert">
        ${msg('The text-message number is not set up correctly.', { id: 'report.invalidSms' })}
        <span class="raw">sms="${this.sms}"</span>
      </p>`;
    }
    return html`<a part="sms" class="button primary" href=${safeHref(smsHref(this.smsPhone, message)) ?? nothing} @click=${() => this.sent('sms')}>
      <span>${msg('Text it', { id: 'report.send.textIt' })}</span> ${this.phoneNumber(this.smsPhone)}
    </a>`;
  }

  /** Whether the partner wrote fallback content inside the element (elements or text, not just white space). */
  private get hasFallback(): boolean {
    return [...this.childNodes].some((node) => node.nodeType === 1 || !!node.textContent!.trim());
  }

  private renderCall() {
    if (!this.phone) {
      // The partner's own no-JavaScript fallback (a working tel: link, say) stays in view: it is better than no link.
      if (this.hasFallback) return html`<div part="fallback" class="fallback"><slot></slot></div>`;
      return html`<p part="notice" class="notice" role="alert">
        ${msg('This hotline number is not set up correctly, so it cannot be called from here.', { id: 'report.invalidNumber' })}
        <span class="raw">number="${this.number}"</span>
      </p>`;
    }
    return html`<a part="call" class="button ${this.smsPhone ? '' : 'primary'}" href=${safeHref(this.phone.tel) ?? nothing} @click=${() => this.sent('call')}>
      ${phoneIcon}<span>${msg('Call', { id: 'report.send.callIt' })}</span> ${this.phoneNumber(this.phone)}
    </a>`;
  }

  /** The number as text: left to right in any script, never broken across lines. */
  private phoneNumber(phone: Phone) {
    return html`<span class="number ltr" dir="ltr">${phone.display}</span>`;
  }

  private renderAfter() {
    return html`<ul class="points">
      <li>${msg('Document safely, from a distance. The video belongs to the person in it. Give it to them, and never post it unless they say yes.', { id: 'report.after.document' })}</li>
      <li>${msg('Do not post unverified sightings on social media: they spread fear. Let the hotline check first.', { id: 'report.after.noPost' })}</li>
      <li>${msg('Check in with the person and their family: ask how they are and what they need.', { id: 'report.after.checkIn' })}</li>
    </ul>`;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.draft = { ...this.draft, [input.name as TextField]: input.value.slice(0, MAX_LENGTH) };
  }

  private onChoice(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'kind') this.draft = { ...this.draft, kind: input.value as ReportKind };
    else this.draft = { ...this.draft, agency: input.value as Agency };
  }

  private onWhen(event: Event): void {
    this.timeChosen = (event.target as HTMLInputElement).value === 'at';
  }

  /** Asks the phone for its position, only when the witness presses the button. It goes into the message, nowhere else. */
  private locate(): void {
    if (this.locationState === 'finding') return;
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) {
      this.locationState = 'failed';
      return;
    }
    this.locationState = 'finding';
    geolocation.getCurrentPosition(
      ({ coords }) => {
        if (this.locationState !== 'finding') return;
        this.draft = { ...this.draft, position: { latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy } };
        this.locationState = 'added';
        this.announce(msg('Your location is added to the message.', { id: 'report.where.added' }));
      },
      () => {
        this.locationState = 'failed';
        this.announce(msg('Your location is not available. Type the place instead.', { id: 'report.where.locationFailed' }));
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  private removeLocation(): void {
    this.draft = { ...this.draft, position: null };
    this.locationState = 'none';
    this.announce(msg('Your location is removed from the message.', { id: 'report.where.removed' }));
  }

  private sent(via: 'sms' | 'call' | 'copy'): void {
    this.emit('ally-report', { via, kind: this.draft.kind });
  }

  private async copyMessage(): Promise<void> {
    const ok = await copyText(this.message, this.renderRoot.querySelector('[part~="message"]'));
    if (ok) this.sent('copy');
    this.announce(
      ok
        ? msg('Message copied. Paste it into a text or a chat with the hotline.', { id: 'report.send.copied' })
        : msg('Could not copy. Select the message and copy it.', { id: 'report.send.copyFailed' }),
    );
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }
}
