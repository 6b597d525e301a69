import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { heading } from '../internal/heading.js';
import { phoneAttribute, type Phone } from '../internal/phone.js';
import { formatLocale } from '../internal/languages.js';
import { getLocale } from '../internal/localization.js';
import { CHECKS, MAX_LENGTH, emptyChild, emptyContact, emptyPlan, getField, isANumber, isFilled, setField, type Plan } from './plan.js';
import type { Words } from './output.js';
import type { FieldOptions, StepView } from './later-steps.js';
import { onDemand } from '../internal/on-demand.js';
import { responsePlanStyles } from './response-plan.styles.js';
import '../events/ally-plan.js';
import '../events/ally-language-change.js';

const STEPS = ['about', 'contacts', 'children', 'documents', 'ready'] as const;

/** The steps after the first: loaded as soon as the first step has rendered, so Next does not wait. */
const loadLaterSteps = onDemand('ally-response-plan', 'the steps after the first', () => import('./later-steps.js'));
let laterSteps: typeof import('./later-steps.js') | undefined;

/** A step or row number in the visitor's language's digits (Persian ۳, Arabic ٣ where the browser uses them). */
const count = (n: number) => n.toLocaleString(formatLocale(getLocale()));

/**
 * @tagname ally-response-plan
 * @summary A family's rapid-response plan, written on the visitor's own device in five short steps, then printed, downloaded or shared by the visitor. Nothing is stored or sent.
 *
 * @attr {string} hotline - The partner's rapid-response line: preset as the community organisation to call, and printed on the wallet card.
 * @attr {string} hotline-label - The name for that line (default "Rapid response line").
 * @attr {string} legal-name - A legal organisation to preset as the lawyer (editable).
 * @attr {string} legal-phone - Its phone number.
 * @attr {string} lang - Initial language (BCP 47).
 * @attr {string} languages - Space-separated languages for the menu, or `none`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} accent - CSS colour for buttons and highlights.
 * @attr {number} heading-level - 2–6, level of the widget's heading; each step's heading is one level below (at most 6). Default 2.
 *
 * @event {CustomEvent<{card: true}>} ally-plan-print - The visitor printed the plan and wallet card. Carries no field value.
 * @event {CustomEvent<{format: 'txt'|'vcf'|'share'}>} ally-plan-download - The visitor downloaded the plan (`txt`), the contacts (`vcf`) or shared the plan. Carries no field value.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @slot about - A partner's note shown in the About me step.
 * @slot contacts - A partner's note shown in the Who to call step.
 * @slot children - A partner's note shown in the Children step.
 * @slot documents - A partner's note shown in the Documents step.
 * @slot ready - A partner's note shown in the Get ready step.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The widget's heading.
 * @csspart privacy - The sentence saying nothing is stored or sent.
 * @csspart progress - "Step 1 of 5".
 * @csspart step - The step shown (also `about`, `contacts`, `children`, `documents` or `ready`).
 * @csspart step-heading - The step's heading.
 * @csspart field - A labelled field.
 * @csspart nav - Back and Next.
 * @csspart notice - Under Next, when the next step could not load (a dropped connection): says so, and that Next tries again.
 * @csspart actions - Print, Download, Share and Clear.
 * @csspart locator - The link to ICE's detainee locator.
 * @csspart confirm - The Clear confirmation.
 * @csspart language-menu - The language menu label; `language-select` the select.
 *
 * @cssprop --ally-accent - Button and highlight colour (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-surface - Background of the panels (default #f4f5f7).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 */
export class AllyResponsePlan extends AllyElement {
  static override styles = [tokenStyles, responsePlanStyles];

  static override properties = {
    ...AllyElement.properties,
    hotline: { type: String },
    hotlineLabel: { type: String, attribute: 'hotline-label' },
    legalName: { type: String, attribute: 'legal-name' },
    legalPhone: { type: String, attribute: 'legal-phone' },
    plan: { state: true, attribute: false },
    step: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    checkedANumber: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  declare hotline: string | undefined;
  declare hotlineLabel: string | undefined;
  declare legalName: string | undefined;
  declare legalPhone: string | undefined;
  /** What the visitor wrote. Only in this element's memory. */
  declare private plan: Plan;
  declare private step: number;
  declare private confirming: boolean;
  declare private checkedANumber: boolean;
  declare private announcement: string;
  /** Next was pressed and the later steps could not load: the notice shows until they do. */
  declare private failed: boolean;

  private hotlinePhone: Phone | null = null;
  private presets: Plan = emptyPlan();

  constructor() {
    super();
    this.plan = emptyPlan();
    this.step = 0;
    this.confirming = false;
    this.checkedANumber = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** The browser's own prompt, only when the visitor typed something: the plan will not be kept. */
  private onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!isFilled(this.plan, this.presets)) return;
    event.preventDefault();
    event.returnValue = '';
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hotline') || changed.has('hotlineLabel') || changed.has('legalName') || changed.has('legalPhone')) {
      if (changed.has('hotline')) this.hotlinePhone = phoneAttribute(this, 'hotline', this.hotline);
      const old = this.presets;
      const legalPhone = this.legalPhone == null ? null : phoneAttribute(this, 'legal-phone', this.legalPhone);
      const next = emptyPlan();
      next.community = {
        name: this.hotlinePhone ? (this.hotlineLabel?.trim() || msg('Rapid response line', { id: 'responsePlan.hotlineDefault' })).slice(0, MAX_LENGTH) : '',
        phone: this.hotlinePhone?.display ?? '',
      };
      next.legal = { name: (this.legalName?.trim() ?? '').slice(0, MAX_LENGTH), phone: legalPhone?.display ?? '' };
      // A preset fills a field the visitor has not changed.
      let plan = this.plan;
      for (const path of ['community.name', 'community.phone', 'legal.name', 'legal.phone']) {
        if (getField(plan, path) === getField(old, path)) plan = setField(plan, path, getField(next, path));
      }
      this.presets = next;
      this.plan = plan;
    }
  }

  /** Every label, in the page's language, for the printed plan and the files. */
  private words(): Words {
    return {
      title: msg('Family response plan', { id: 'responsePlan.heading' }),
      steps: this.stepTitles(),
      me: {
        name: msg('Full name', { id: 'responsePlan.me.name' }),
        birth: msg('Date of birth', { id: 'responsePlan.me.birth' }),
        country: msg('Country of birth', { id: 'responsePlan.me.country' }),
        anumber: msg('A-number', { id: 'responsePlan.me.anumber' }),
        languages: msg('Languages I speak', { id: 'responsePlan.me.languages' }),
        medical: msg('Medical needs and medicines', { id: 'responsePlan.me.medical' }),
      },
      name: msg('Name', { id: 'responsePlan.name' }),
      relation: msg('Relationship', { id: 'responsePlan.relation' }),
      phone: msg('Phone', { id: 'responsePlan.phone' }),
      legal: msg('Lawyer or legal organisation', { id: 'responsePlan.legal' }),
      community: msg('Community organisation', { id: 'responsePlan.community' }),
      child: {
        school: msg('School or care place', { id: 'responsePlan.child.school' }),
        pickup: msg('Who may pick them up', { id: 'responsePlan.child.pickup' }),
        pickupPhone: msg('Their phone', { id: 'responsePlan.child.pickupPhone' }),
        notes: msg('Notes (allergies, medicines)', { id: 'responsePlan.child.notes' }),
      },
      docs: {
        passport: msg('Passport', { id: 'responsePlan.docs.passport' }),
        births: msg('Birth certificates', { id: 'responsePlan.docs.births' }),
        immigration: msg('Immigration papers', { id: 'responsePlan.docs.immigration' }),
        prescriptions: msg('Prescriptions', { id: 'responsePlan.docs.prescriptions' }),
        caregiver: msg('Power of attorney and caregiver forms', { id: 'responsePlan.docs.caregiver' }),
      },
      locator: this.locatorText(),
      checks: this.checkItems(),
      card: msg('If I am detained, call:', { id: 'responsePlan.card' }),
      cut: msg('Cut out the card and keep it in your wallet.', { id: 'responsePlan.cut' }),
    };
  }

  private stepTitles(): string[] {
    return [
      msg('About me', { id: 'responsePlan.about' }),
      msg('Who to call', { id: 'responsePlan.contacts' }),
      msg('Children and dependants', { id: 'responsePlan.children' }),
      msg('Documents', { id: 'responsePlan.documents' }),
      msg('Get ready', { id: 'responsePlan.ready' }),
    ];
  }

  private locatorText(): string {
    return msg('If a family member is detained, you can find them on ICE’s website. It needs the A-number and country of birth, or the exact name and country of birth.', { id: 'responsePlan.locator' });
  }

  override render() {
    const titles = this.stepTitles();
    const name = STEPS[this.step];
    const last = this.step === STEPS.length - 1;
    return this.frame(
      html`${this.heading(msg('Family response plan', { id: 'responsePlan.heading' }))}
        <p part="privacy" class="privacy">${msg('Nothing you type here is kept or sent. It stays on this device and is gone when you leave the page, unless you print, download or share it.', { id: 'responsePlan.privacy' })}</p>
        <p part="progress" class="progress">${msg(str`Step ${count(this.step + 1)} of ${count(STEPS.length)}`, { id: 'responsePlan.progress' })}</p>
        <section part="step ${name}" class="step" aria-labelledby="step-heading">
          ${heading(Math.min(this.level + 1, 6), titles[this.step], 'step-heading', 'step-heading')}
          <slot name=${name}></slot>
          ${this.renderStep(name)}
        </section>
        <div part="nav" class="nav">
          ${this.step > 0 ? html`<button class="button" type="button" @click=${() => this.go(-1)}>${msg('Back', { id: 'responsePlan.back' })}</button>` : nothing}
          ${last ? nothing : html`<button class="button primary" type="button" @click=${() => this.go(1)}>${msg(str`Next: ${titles[this.step + 1]}`, { id: 'responsePlan.next' })}</button>`}
        </div>
        ${this.failed
          ? html`<p part="notice" class="notice" role="alert">${msg('The next step could not load. Check your connection, then press Next again. What you typed is still here.', {
              id: 'responsePlan.loadFailed',
              desc: 'Response plan, under the Next button, after Next was pressed and the next step could not load (offline, or blocked). Say that nothing typed is lost and that pressing Next again tries again; use the same word for Next as on the button. Never suggest reloading the page: that would lose what was typed.',
            })}</p>`
          : nothing}
        ${this.renderActions()} ${this.languageMenu()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`,
    );
  }

  private renderStep(name: (typeof STEPS)[number]) {
    const w = this.words();
    if (name !== 'about') return laterSteps?.laterStep(name, this.stepView(w));
    const badNumber = this.checkedANumber && !isANumber(this.plan.me.anumber);
    return html`${this.field('me.name', w.me.name)} ${this.field('me.birth', w.me.birth)} ${this.field('me.country', w.me.country)}
    ${this.field('me.anumber', msg('A-number (optional)', { id: 'responsePlan.me.anumberOptional' }), {
      hint: msg('A and 8 or 9 digits, as on your immigration papers.', { id: 'responsePlan.me.anumberHint' }),
      invalid: badNumber ? msg('This does not look like an A-number. Check it, or leave it empty.', { id: 'responsePlan.me.anumberCheck' }) : undefined,
    })}
    ${this.field('me.languages', w.me.languages)} ${this.field('me.medical', w.me.medical, { multiline: true })}`;
  }

  /** What the later steps (later-steps.ts) need from this element. */
  private stepView(words: Words): StepView {
    return {
      plan: this.plan,
      words,
      count,
      field: (path, label, options) => this.field(path, label, options),
      addRow: (list) => this.addRow(list),
      check: (i, checked) => this.onCheck(i, checked),
    };
  }

  private checkItems(): string[] {
    const items = [
      msg('Learn two phone numbers by heart: a family member’s, and your lawyer’s or the hotline’s.', { id: 'responsePlan.check.memorise' }),
      msg('Tell the children the plan and who will pick them up.', { id: 'responsePlan.check.children' }),
      msg('Keep your documents together, in one safe place.', { id: 'responsePlan.check.documents' }),
      msg('Sign caregiver forms for the children, where your state allows.', { id: 'responsePlan.check.caregiver' }),
      msg('Carry your red card (know-your-rights card).', { id: 'responsePlan.check.redCard' }),
      msg('Keep this plan somewhere safe, and tell someone you trust where it is.', { id: 'responsePlan.check.keep' }),
    ];
    return items.slice(0, CHECKS);
  }

  private field(path: string, label: string, options: FieldOptions = {}) {
    const value = getField(this.plan, path);
    const hintId = options.hint || options.invalid ? `${path}-hint` : undefined;
    const control = options.multiline
      ? html`<textarea name=${path} rows="2" maxlength=${MAX_LENGTH} autocomplete="off" .value=${live(value)} @input=${this.onInput}></textarea>`
      : html`<input
          type=${options.type ?? 'text'}
          name=${path}
          maxlength=${MAX_LENGTH}
          autocomplete="off"
          autocapitalize=${path === 'me.anumber' ? 'characters' : nothing}
          spellcheck="false"
          dir=${options.type === 'tel' ? 'ltr' : nothing}
          aria-describedby=${hintId ?? nothing}
          aria-invalid=${options.invalid ? 'true' : nothing}
          .value=${live(value)}
          @input=${this.onInput}
          @change=${path === 'me.anumber' ? () => (this.checkedANumber = true) : nothing}
        />`;
    return html`<label part="field" class="field"
      ><span class="label">${label}</span>${control}${hintId
        ? html`<span id=${hintId} class="hint ${options.invalid ? 'invalid' : ''}">${options.invalid ?? options.hint}</span>`
        : nothing}</label
    >`;
  }

  private renderActions() {
    const share = typeof navigator.share === 'function';
    return html`<div part="actions" class="actions">
      <button class="button primary" type="button" @click=${this.print}>${msg('Print the plan and wallet card', { id: 'responsePlan.print' })}</button>
      <button class="button" type="button" @click=${() => this.download('txt')}>${msg('Download the plan', { id: 'responsePlan.downloadPlan' })}</button>
      <button class="button" type="button" @click=${() => this.download('vcf')}>${msg('Download the contacts', { id: 'responsePlan.downloadContacts' })}</button>
      ${share ? html`<button class="button" type="button" @click=${this.share}>${msg('Share', { id: 'responsePlan.share' })}</button>` : nothing}
      ${this.confirming
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${msg('Clear every field? This cannot be undone.', { id: 'responsePlan.confirm' })}</p>
            <button class="button danger" type="button" @click=${this.clear}>${msg('Yes, clear', { id: 'responsePlan.yesClear' })}</button>
            <button class="button" type="button" data-keep @click=${() => this.closeConfirm()}>${msg('Keep it', { id: 'responsePlan.keep' })}</button>
          </div>`
        : html`<button class="button danger" type="button" data-clear @click=${this.askClear}>${msg('Clear everything', { id: 'responsePlan.clear' })}</button>`}
    </div>`;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.plan = setField(this.plan, input.name, input.value);
  }

  private onCheck(i: number, checked: boolean): void {
    const checks = [...this.plan.checks];
    checks[i] = checked;
    this.plan = { ...this.plan, checks };
  }

  private addRow(list: 'contacts' | 'children'): void {
    const plan = structuredClone(this.plan);
    if (list === 'contacts') plan.contacts.push(emptyContact());
    else plan.children.push(emptyChild());
    this.plan = plan;
    void this.updateComplete.then(() => {
      const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name^="${list}."][name$=".name"]`);
      inputs[inputs.length - 1]?.focus();
    });
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!laterSteps) void this.laterStepsLoaded();
  }

  /** Loads the later steps (once; again after a failed fetch). */
  private laterStepsLoaded(): Promise<unknown> {
    return (this.stepsTask ??= loadLaterSteps().then((module) => {
      laterSteps = module;
      this.stepsTask = undefined;
    }));
  }

  private stepsTask?: Promise<void>;

  /** `updateComplete` also waits for the later steps while they load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.stepsTask;
    return super.getUpdateComplete();
  }

  /**
   * Moves between steps and puts focus on the new step's heading, so a screen reader reads where the visitor is.
   * Next waits for the later steps if they are still loading; if they cannot load, the visitor stays on this step
   * with what they typed, a notice (an alert, focus stays on Next) says so, and the next press tries again
   * (the notice is taken away meanwhile, so a second failure is announced again).
   */
  private async go(delta: number): Promise<void> {
    this.failed = false;
    if (!laterSteps) await this.laterStepsLoaded();
    if (!laterSteps) return void (this.failed = true);
    this.step = Math.max(0, Math.min(STEPS.length - 1, this.step + delta));
    void this.updateComplete.then(() => {
      const h = this.renderRoot.querySelector<HTMLElement>('#step-heading');
      h?.setAttribute('tabindex', '-1');
      h?.focus();
    });
  }

  private async print(): Promise<void> {
    const { printPlan } = await import('./output.js');
    printPlan(this.plan, this.words(), { lang: this.frameLang(), dir: this.frameDir() });
    this.emit('ally-plan-print', { card: true });
  }

  private async download(format: 'txt' | 'vcf'): Promise<void> {
    const { downloadPlan } = await import('./output.js');
    downloadPlan(this.plan, this.words(), format);
    this.emit('ally-plan-download', { format });
  }

  /** The OS share sheet, only when the visitor taps Share. */
  private async share(): Promise<void> {
    const { planText } = await import('./output.js');
    const words = this.words();
    try {
      await navigator.share({ title: words.title, text: planText(this.plan, words) });
      this.emit('ally-plan-download', { format: 'share' });
    } catch {
      // The visitor closed the share sheet: nothing to do.
    }
  }

  private frameLang(): string {
    return this.renderRoot.querySelector('[part~="base"]')?.getAttribute('lang') ?? 'en';
  }

  private frameDir(): string {
    return this.renderRoot.querySelector('[part~="base"]')?.getAttribute('dir') ?? 'ltr';
  }

  private askClear(): void {
    this.confirming = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-keep]')?.focus());
  }

  private closeConfirm(): void {
    this.confirming = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-clear]')?.focus());
  }

  /** Wipes every field at once (the partner's presets come back), and goes back to the first step. */
  private clear(): void {
    this.plan = structuredClone(this.presets);
    this.checkedANumber = false;
    this.step = 0;
    this.announce(msg('Every field is cleared.', { id: 'responsePlan.cleared' }));
    this.closeConfirm();
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }
}
