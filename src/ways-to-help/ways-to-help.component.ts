import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '../internal/localize-runtime.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { heading } from '../internal/heading.js';
import { accordionKeydown, accordionSection, toggleSection } from '../internal/accordion.js';
import { accordionStyles, sectionedWidgetStyles } from '../internal/accordion.styles.js';
import { GROUP_LINKS, LAYOUTS, TOPICS, parseTopics, partnerLink, type Layout, type Topic, type Via } from './topics.js';
import type { Action, WaysToHelpContent } from './ways-to-help.content.js';
import { waysToHelpStyles } from './ways-to-help.styles.js';
import '../events/ally-action.js';
import '../events/ally-language-change.js';
import { onDemand } from '../internal/on-demand.js';

type ContentFn = () => WaysToHelpContent;
/**
 * The actions' texts are most of this widget's weight: the script-tag build
 * keeps them in a chunk beside the entry, asked for by the first element on
 * the page; the heading (and the partner's fallback) shows meanwhile.
 */
const loadContent = onDemand('ally-ways-to-help', 'its text', () => import('./ways-to-help.content.js'));
/** The text, once loaded: elements created after that render it at once. */
let loaded: ContentFn | undefined;

/** Each link attribute, by the `via` it reports. */
const LINK_ATTRIBUTES: Readonly<Record<Via, string>> = {
  accompany: 'accompany-url',
  volunteer: 'volunteer-url',
  donate: 'donate-url',
  events: 'events-url',
  training: 'training-url',
  contact: 'contact',
};

/**
 * @tagname ally-ways-to-help
 * @summary What an ally can do this week, grouped (listen first, legal support, volunteer and donate, join and advocate, know-your-rights training), each action with what to check first, linked to the partner's own sign-ups.
 *
 * @attr {'list'|'cards'|'accordion'} layout - `list` (default): every group open, one after another; `cards`: a responsive grid, one card per group; `accordion`: each group opens and closes.
 * @attr {string} topics - Which groups to show, in this order: `listen legal volunteer advocate training` (the default: all).
 * @attr {string} open - Accordion: the groups that start open (topic names separated by spaces, or `all`). Default: none.
 * @attr {string} volunteer-url - The partner's volunteer sign-up (a web address); adds "Sign up to volunteer" to Volunteer and donate.
 * @attr {string} donate-url - The partner's donation page; adds "Donate" to Volunteer and donate.
 * @attr {string} accompany-url - Sign-up for check-in and court accompaniment; adds a link to Legal support.
 * @attr {string} training-url - Know-your-rights training sign-up; adds a link to the training group.
 * @attr {string} events-url - The partner's events page; adds "See upcoming events" to Join and advocate.
 * @attr {string} contact - An e-mail address or web address for "Talk to us", shown after the groups.
 *
 * @event {CustomEvent<{topic: 'listen'|'legal'|'volunteer'|'advocate'|'training'|null, via: 'accompany'|'volunteer'|'donate'|'events'|'training'|'contact'}>} ally-action - A visitor opened one of the partner's links (`topic` is `null` for "Talk to us").
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @slot listen - The partner's own actions in Listen first.
 * @slot legal - The partner's own actions in Legal support.
 * @slot volunteer - The partner's own actions in Volunteer and donate.
 * @slot advocate - The partner's own actions in Join and advocate.
 * @slot training - The partner's own actions in Know-your-rights training.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The widget's heading.
 * @csspart intro - The opening line.
 * @csspart groups - The list of groups.
 * @csspart group - One group (also has its topic as a part: `listen` … `training`, and `open` while open).
 * @csspart title - A group's heading.
 * @csspart toggle - The button that opens and closes a group (accordion only).
 * @csspart summary - A group's one-line summary.
 * @csspart panel - A group's actions, slot and links.
 * @csspart actions - The list of a group's actions.
 * @csspart action - One action.
 * @csspart action-title - An action's title.
 * @csspart check - An action's "Check first" line.
 * @csspart links - A group's partner links.
 * @csspart link - A partner link (also has its kind as a part: `volunteer`, `donate`, `accompany`, `events`, `training`, `contact`).
 * @csspart contact - The closing "Talk to us" line.
 * @csspart notice - The text could not load.
 * @csspart language-menu - The language menu label.
 * @csspart language-select - The language menu's select.
 *
 * @cssprop --ally-accent - Link buttons, card and open-group edges (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-surface - "Check first" boxes and hovered buttons (default #f4f5f7).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-muted - Summaries (default #4a4f57).
 * @cssprop --ally-border - Borders (default #6b7280).
 * @cssprop --ally-focus - Focus ring and the "Check first" bar (default #b45309).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 * @cssprop --ally-font-size - Base font size (default clamp(14px, 1rem, 28px)).
 */
export class AllyWaysToHelp extends AllyElement {
  static override styles = [tokenStyles, accordionStyles, sectionedWidgetStyles, waysToHelpStyles];

  static override properties = {
    ...AllyElement.properties,
    layout: { type: String, reflect: true },
    topics: { type: String },
    open: { type: String },
    volunteerUrl: { type: String, attribute: 'volunteer-url' },
    donateUrl: { type: String, attribute: 'donate-url' },
    accompanyUrl: { type: String, attribute: 'accompany-url' },
    trainingUrl: { type: String, attribute: 'training-url' },
    eventsUrl: { type: String, attribute: 'events-url' },
    contact: { type: String },
    opened: { state: true, attribute: false },
    content: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  declare layout: Layout | undefined;
  declare topics: string | undefined;
  declare open: string | undefined;
  declare volunteerUrl: string | undefined;
  declare donateUrl: string | undefined;
  declare accompanyUrl: string | undefined;
  declare trainingUrl: string | undefined;
  declare eventsUrl: string | undefined;
  declare contact: string | undefined;
  /** The groups open right now (accordion). */
  declare private opened: ReadonlySet<Topic>;
  declare private content: ContentFn | undefined;
  declare private failed: boolean;

  /** The groups shown, in order. */
  private shownTopics: readonly Topic[] = TOPICS;
  /** The partner's links that are set and valid. */
  private links: Partial<Record<Via, string>> = {};

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
      if (module) this.content = loaded = module.waysToHelpContent;
      else this.failed = true;
    });
  }

  /** Also waits for the text, so `await el.updateComplete` sees the whole widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (!this.content && this.isConnected) await loadContent();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topics')) {
      const { topics, invalid } = parseTopics(this.topics);
      this.shownTopics = topics.length ? topics : TOPICS;
      if (invalid.length) this.warn('topics', this.topics!, `some of: ${TOPICS.join(' ')}`);
    }
    if (changed.has('open')) {
      const { topics, invalid } = parseTopics(this.open);
      this.opened = new Set(topics);
      if (invalid.length) this.warn('open', this.open!, `${TOPICS.join(', ')} or all`);
    }
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout as Layout)) {
      this.warn('layout', this.layout, LAYOUTS.join(', '));
    }
    const values: Record<Via, string | undefined> = {
      accompany: this.accompanyUrl,
      volunteer: this.volunteerUrl,
      donate: this.donateUrl,
      events: this.eventsUrl,
      training: this.trainingUrl,
      contact: this.contact,
    };
    const property = { accompany: 'accompanyUrl', volunteer: 'volunteerUrl', donate: 'donateUrl', events: 'eventsUrl', training: 'trainingUrl', contact: 'contact' } as const;
    for (const via of Object.keys(values) as Via[]) {
      if (!changed.has(property[via])) continue;
      const value = values[via];
      const href = partnerLink(value, via === 'contact');
      if (href) this.links[via] = href;
      else delete this.links[via];
      if (!href && value?.trim()) {
        this.warn(LINK_ATTRIBUTES[via], value, via === 'contact' ? 'an e-mail address or an http(s) web address' : 'an http(s) web address');
      }
    }
  }

  private get kind(): Layout {
    return LAYOUTS.includes(this.layout as Layout) ? (this.layout as Layout) : 'list';
  }

  override render() {
    const kind = this.kind;
    const head = html`<div class="head">
      ${this.heading(msg('Ways to help this week', { id: 'waysToHelp.heading' }))} ${this.languageMenu()}
    </div>`;
    if (!this.content) {
      // The partner's no-JavaScript fallback (light-DOM children) stays visible until the text arrives.
      return this.frame(
        html`${head}
          ${this.failed
            ? html`<p part="notice" class="notice" role="alert">
                ${msg('This guide could not load. Check your connection and reload the page.', { id: 'waysToHelp.loadFailed' })}
              </p>`
            : nothing}
          <slot></slot>`,
        kind,
      );
    }
    const c = this.content();
    return this.frame(
      html`${head}
        <p part="intro">${c.intro}</p>
        <ul part="groups" class="groups" @keydown=${accordionKeydown}>
          ${this.shownTopics.map((topic) => this.renderGroup(topic, c, kind === 'accordion'))}
        </ul>
        ${this.links.contact
          ? html`<p part="contact" class="contact">${c.contactLead} ${this.renderLink(null, 'contact', c)}</p>`
          : nothing}`,
      kind,
    );
  }

  private renderGroup(topic: Topic, c: WaysToHelpContent, collapsible: boolean) {
    const group = c.groups[topic];
    const open = !collapsible || this.opened.has(topic);
    const links = GROUP_LINKS[topic].filter((via) => this.links[via]);
    const actionLevel = Math.min(this.level + 2, 6);
    return html`<li part="group ${topic}${open ? ' open' : ''}" class="group${open ? ' open' : ''}">
      ${accordionSection({
        id: topic,
        level: Math.min(this.level + 1, 6),
        label: html`<span class="name" id="t-${topic}">${group.title}</span><span class="visually-hidden">, </span>
          <span part="summary" class="summary">${group.summary}</span>`,
        labelId: `t-${topic}`,
        collapsible,
        open,
        onToggle: (force) => this.toggle(topic, force),
        content: html`<div class="panel">
          <ul part="actions" class="actions">
            ${group.actions.map((action) => this.renderAction(action, actionLevel, c.checkLabel))}
          </ul>
          <slot name=${topic}></slot>
          ${links.length ? html`<p part="links" class="links">${links.map((via) => this.renderLink(topic, via, c))}</p>` : nothing}
        </div>`,
      })}
    </li>`;
  }

  private renderAction(action: Action, level: number, checkLabel: string) {
    return html`<li part="action" class="action">
      ${heading(level, action.title, 'action-title')}
      <p>${action.body}</p>
      <p part="check" class="check"><span class="label">${checkLabel}</span> ${action.check}</p>
    </li>`;
  }

  private renderLink(topic: Topic | null, via: Via, c: WaysToHelpContent) {
    return html`<a part="link ${via}" class="button${via === 'donate' || via === 'contact' ? '' : ' primary'}" href=${this.links[via]!} @click=${() => this.emit('ally-action', { topic, via })}>${c.links[via]}</a>`;
  }

  /** Opens or closes one group (accordion). */
  private toggle(topic: Topic, force?: boolean): void {
    const next = toggleSection(this.opened, topic, force);
    if (next) this.opened = next;
  }
}
