import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { formatLocale } from '../internal/languages.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { heading } from '../internal/heading.js';
import { getLocale } from '../internal/localization.js';
import { isolateLtr } from '../internal/phone.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { SERVICES, matchesText, parseQuery, type Group, type Query, type Service } from './search.js';
import type { Loaded } from './data.js';
import type { FilterState, Via } from './views.js';
import type { Point } from './geo.js';
import '../events/ally-search.js';
import '../events/ally-select.js';
import '../events/ally-language-change.js';

/** Results shown at a time; "Show more" adds as many. */
const PAGE = 20;

type LazyModule = typeof import('./lazy.js');
type GeoModule = typeof import('./geo.js');

/**
 * @tagname ally-group-finder
 * @summary A directory of local immigrant-rights groups: search by words or ZIP code, filter, call or write in one tap.
 *
 * @attr {string} src - URL of the groups: a JSON array or a CSV file (a Google Sheet published as CSV works). Absent: an inline `<script type="application/json">` child, else the bundled list of national organisations.
 * @attr {string} state - Preset state filter (two-letter code or name, e.g. `TX`).
 * @attr {string} services - Preset services filter, space- or comma-separated (`legal bail-fund`); a group matches any of them.
 * @attr {string} query - Preset search words or ZIP code.
 * @attr {string} suggest-url - A web or e-mail address for "Is your group missing?".
 * @attr {string} lang - Initial language (BCP 47).
 * @attr {string} languages - Space-separated languages for the menu, or `none`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. Default `light`.
 * @attr {string} accent - CSS colour for buttons and highlights.
 * @attr {number} heading-level - 2–6, level of the widget's heading (each group's name is one level below). Default 2.
 *
 * @event {CustomEvent<{query: string, count: number, zip: boolean, nearMe: boolean}>} ally-search - A visitor's search settled. Never carries a ZIP code or position.
 * @event {CustomEvent<{name: string, via: 'phone'|'hotline'|'email'|'website'}>} ally-select - A visitor opened one of a group's links.
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language; every widget follows.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart search - The search form; `input` the search box; `locate` the "Use my location" button.
 * @csspart filters - The filters disclosure.
 * @csspart notice - A notice (data could not be loaded, unknown ZIP, no location).
 * @csspart count - The number of results (announced to screen readers).
 * @csspart results - The list of groups; `result` one group; `result-name` its name.
 * @csspart call - A group's phone link; `hotline` its hotline link; `email`, `website` its other links.
 * @csspart more - The "Show more" button.
 * @csspart national - The heading above national organisations when nothing matches.
 * @csspart suggest - The "Is your group missing?" link.
 * @csspart language-menu - The language menu label; `language-select` the select.
 *
 * @cssprop --ally-accent - Button and highlight colour (default #1d4ed8).
 * @cssprop --ally-accent-contrast - Text on the accent colour (default #fff).
 * @cssprop --ally-background - Background (default #fff).
 * @cssprop --ally-surface - Background of badges and notices (default #f4f5f7).
 * @cssprop --ally-text - Text colour (default #1a1c20).
 * @cssprop --ally-muted - Secondary text (default #4a4f57).
 * @cssprop --ally-border - Borders (default #6b7280).
 * @cssprop --ally-radius - Corner radius (default 0.5rem).
 * @cssprop --ally-font-family - Font (default: inherited from the page).
 */
export class AllyGroupFinder extends AllyElement {
  static override styles = [tokenStyles, groupFinderStyles];

  /**
   * Folder holding `ally-zip-table-<0-9>.bin`; by default the folder of this
   * module (`dist/`). App developers who bundle `lib/` themselves, and tests,
   * point it where they serve those files.
   */
  static zipTableBase: string = new URL('./', import.meta.url).href;
  /** Milliseconds before a feed counts as failed (tests shorten it). */
  static feedTimeout = 10_000;
  /** Milliseconds after the last keystroke before `ally-search` fires. */
  static searchDelay = 500;

  static override properties = {
    ...AllyElement.properties,
    src: { type: String },
    state: { type: String },
    services: { type: String },
    query: { type: String },
    suggestUrl: { type: String, attribute: 'suggest-url' },
    data: { state: true },
    q: { state: true },
    st: { state: true },
    sv: { state: true },
    lg: { state: true },
    led: { state: true },
    limit: { state: true },
    near: { state: true },
    zipAt: { state: true },
    located: { state: true },
    nationals: { state: true },
  };

  declare src: string | undefined;
  declare state: string | undefined;
  declare services: string | undefined;
  declare query: string | undefined;
  declare suggestUrl: string | undefined;
  declare private data: Loaded | undefined;
  /** What the visitor typed. */
  declare private q: string;
  /** State filter. */
  declare private st: string;
  /** Services filter (any of). */
  declare private sv: readonly Service[];
  /** Language filter. */
  declare private lg: string;
  /** Immigrant-led only. */
  declare private led: boolean;
  declare private limit: number;
  /** The visitor's own position while "Use my location" is on. */
  declare private near: Point | undefined;
  /** The searched ZIP's centre; null when unknown. */
  declare private zipAt: Point | null | undefined;
  /** '' or 'failed' while asking for the position, and after it failed. */
  declare private located: '' | 'asking' | 'failed';
  /** National organisations to show when nothing matches (from the default list when the feed has none). */
  declare private nationals: Group[] | undefined;

  private mod?: LazyModule;
  private suggestFor?: string;
  private suggestHref?: string;
  private geo?: GeoModule;
  private controller?: AbortController;
  private parsed: Query = parseQuery('');
  private zipFor = '';
  private origin?: Point;
  private ordered: Group[] = [];
  private from?: Group[];
  private results: Group[] = [];
  private indexed?: Loaded;
  private index?: InstanceType<LazyModule['GroupIndex']>;
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether the filters start open: a partner preset them. Never changes after, so Lit never closes them under the visitor. */
  private filtersOpen = false;

  constructor() {
    super();
    this.q = '';
    this.st = '';
    this.sv = [];
    this.lg = '';
    this.led = false;
    this.limit = PAGE;
    this.located = '';
  }

  private get ctor(): typeof AllyGroupFinder {
    return this.constructor as typeof AllyGroupFinder;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.q = this.query?.trim() ?? '';
    if (changed.has('state')) this.st = this.state?.trim() ?? '';
    if (changed.has('services')) {
      const wanted = (this.services ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean);
      this.sv = SERVICES.filter((s) => wanted.includes(s));
      if (wanted.length > this.sv.length) this.warn('services', this.services!, SERVICES.join(', '));
    }
    if (!this.hasUpdated) this.filtersOpen = !!(this.st || this.sv.length);
    if (this.mod && this.suggestUrl !== this.suggestFor) {
      this.suggestFor = this.suggestUrl;
      this.suggestHref = this.mod.suggestLink(this.suggestUrl);
      if (this.suggestUrl && !this.suggestHref) this.warn('suggest-url', this.suggestUrl, 'an http(s) or e-mail address');
    }

    const groups = this.data?.groups ?? [];
    const parsed = (this.parsed = parseQuery(this.q));
    if (parsed.zip !== this.zipFor) {
      this.zipFor = parsed.zip;
      this.zipAt = undefined;
      if (parsed.zip) void this.lookUpZip(parsed.zip);
    }
    const origin = parsed.zip ? this.zipAt ?? undefined : this.near;
    if (origin !== this.origin || groups !== this.from) {
      this.origin = origin;
      this.from = groups;
      this.ordered = origin && this.geo ? this.geo.byDistance(groups, origin) : groups;
    }

    // One search index per data set, built in the background; it scans until it is ready.
    if (this.data !== this.indexed) {
      this.indexed = this.data;
      this.index?.cancel();
      this.index = this.data && this.mod ? new this.mod.GroupIndex(this.data.groups) : undefined;
    }
    const matching = this.index?.matches(this.ordered, parsed.needles) ?? this.ordered.filter((g) => matchesText(g, parsed.needles));

    const st = this.st && (this.mod?.stateCode(this.st) ?? this.st.toUpperCase());
    const { sv, lg, led } = this;
    const found: Group[] = [];
    const elsewhere: Group[] = [];
    for (const g of matching) {
      if (led && !g.immigrantLed) continue;
      if (lg && !g.languages.some((l) => l === lg || l.startsWith(`${lg}-`))) continue;
      if (sv.length && !g.services.some((s) => sv.includes(s))) continue;
      // A state filter keeps that state's groups, then the national organisations (they serve there too).
      if (st && g.state !== st) {
        if (g.national) elsewhere.push(g);
        continue;
      }
      found.push(g);
    }
    this.results = elsewhere.length ? found.concat(elsewhere) : found;
    if (this.data && !this.results.length && !this.nationals) {
      const national = groups.filter((g) => g.national);
      if (national.length) this.nationals = national;
      else void this.mod?.defaultGroups().then((list) => (this.nationals = list));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('src') || !this.controller) void this.load();
  }

  /** Loads `src`, the inline JSON or the default list (data.ts never throws for bad data; it falls back). */
  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    let data: Loaded;
    try {
      this.mod ??= await import('./lazy.js');
      // The filters' and results' styles travel with their templates.
      adoptStyles(this.renderRoot as ShadowRoot, [...this.ctor.elementStyles, this.mod.viewStyles]);
      data = await this.mod.loadGroups({ src: this.src?.trim() || undefined, inline, timeout: this.ctor.feedTimeout, signal: controller.signal, tag: this.localName });
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(`<${this.localName}>: could not load its data module.`, error);
      data = { groups: [], states: [], languages: [], services: [], failed: true };
    }
    if (controller.signal.aborted) return;
    this.nationals = undefined;
    this.data = data;
    // Distances for groups that gave only a ZIP code, if a place is already searched.
    if (this.zipFor || this.near) await this.place();
  }

  /** Gives groups with only a ZIP code coordinates, then reorders. */
  private async place(): Promise<void> {
    try {
      this.geo ??= await import('./geo.js');
      await this.geo.placeByZip(this.ctor.zipTableBase, this.data?.groups ?? []);
    } catch (error) {
      console.warn(`<${this.localName}>: could not load the ZIP code table.`, error);
    }
    this.origin = undefined;
    this.requestUpdate();
  }

  private async lookUpZip(zip: string): Promise<void> {
    let at: Point | null = null;
    try {
      this.geo ??= await import('./geo.js');
      const [points] = await Promise.all([this.geo.zipPoints(this.ctor.zipTableBase, [zip]), this.place()]);
      at = points.get(zip) ?? null;
    } catch (error) {
      console.warn(`<${this.localName}>: could not load the ZIP code table.`, error);
    }
    if (zip === this.zipFor) this.zipAt = at;
  }

  private async toggleLocation(): Promise<void> {
    if (this.near) {
      this.near = undefined;
    } else {
      this.located = 'asking';
      try {
        this.geo ??= await import('./geo.js');
        const point = await this.geo.locate();
        await this.place();
        this.near = point;
        this.located = '';
      } catch {
        this.located = 'failed';
      }
    }
    this.limit = PAGE;
    this.searched(0);
  }

  /** Fires `ally-search` once the visitor's search settles: never the ZIP code or the position. */
  private searched(delay = this.ctor.searchDelay): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const { words, zip } = this.parsed;
      this.emit('ally-search', { query: words, count: this.results.length, zip: !!zip, nearMe: !!this.near });
    }, delay);
  }

  /** A visitor changed a filter: results start again from the top. */
  private filter(change: Partial<FilterState> & { q?: string }, delay = 0): void {
    Object.assign(this, change, { limit: PAGE });
    this.searched(delay);
  }

  private async showMore(): Promise<void> {
    const first = this.limit;
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"]')[first]?.focus();
  }

  private list(groups: readonly Group[]) {
    return this.mod?.groupList(groups, {
      level: Math.min(this.level + 1, 6),
      distances: !!this.origin,
      select: (g: Group, via: Via) => this.emit('ally-select', { name: g.name, via }),
    });
  }

  override render() {
    const data = this.data;
    const count = this.results.length;
    const locale = getLocale();
    const number = (n: number) => isolateLtr(n.toLocaleString(formatLocale(locale)));
    const status = !data
      ? msg('Loading groups…', { id: 'groupFinder.loading' })
      : !count
        ? msg('No groups match your search.', { id: 'groupFinder.none' })
        : count === 1
          ? msg('1 group found', { id: 'groupFinder.one' })
          : count > this.limit
            ? msg(str`Showing ${number(this.limit)} of ${number(count)} groups`, { id: 'groupFinder.showing' })
            : msg(str`${number(count)} groups found`, { id: 'groupFinder.many' });
    const mod = this.mod;
    const suggest = this.suggestHref;
    const geolocation = globalThis.isSecureContext && 'geolocation' in navigator;
    return this.frame(
      html`${this.heading(msg('Find a group near you', { id: 'groupFinder.heading' }))}
        <form part="search" class="search" role="search" @submit=${(e: Event) => (e.preventDefault(), this.searched(0))}>
          <label for="q">${msg('Search by name, city or ZIP code', { id: 'groupFinder.searchLabel' })}</label>
          <div class="row">
            <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" .value=${this.q} @input=${(e: Event) => this.filter({ q: (e.target as HTMLInputElement).value }, this.ctor.searchDelay)} />
            ${geolocation
              ? html`<button type="button" part="locate" class="button" aria-pressed=${this.near ? 'true' : 'false'} ?disabled=${this.located === 'asking'} @click=${this.toggleLocation}>
                  ${msg('Use my location', { id: 'groupFinder.locate' })}
                </button>`
              : nothing}
          </div>
        </form>
        ${data && mod
          ? mod.filters({ data, st: this.st && mod.stateCode(this.st), sv: this.sv, lg: this.lg, led: this.led, open: this.filtersOpen, change: (c) => this.filter(c) })
          : nothing}
        <div class="status" role="status">
        ${data?.failed
          ? html`<p part="notice" class="notice">${msg('The list of groups could not be loaded right now, so here are national organizations that help everywhere.', { id: 'groupFinder.failed' })}</p>`
          : nothing}
        ${this.parsed.zip && this.zipAt === null
          ? html`<p part="notice" class="notice">${msg(str`We could not find the ZIP code ${isolateLtr(this.parsed.zip)}. Check it, or search by city or name.`, { id: 'groupFinder.unknownZip' })}</p>`
          : nothing}
        ${this.located === 'failed'
          ? html`<p part="notice" class="notice">${msg('Your location is not available. Search by ZIP code instead.', { id: 'groupFinder.noLocation' })}</p>`
          : nothing}
        <p part="count" class="count">${status}</p>
        </div>
        ${this.list(this.results.slice(0, this.limit))}
        ${count > this.limit ? html`<button part="more" class="button more" @click=${this.showMore}>${msg('Show more', { id: 'groupFinder.more' })}</button>` : nothing}
        ${data && !count && this.nationals
          ? html`${heading(Math.min(this.level + 1, 6), msg('Organizations that help everywhere', { id: 'groupFinder.national' }), 'national')}
            ${this.list(this.nationals)}`
          : nothing}
        ${suggest ? html`<p class="suggest"><a part="suggest" href=${suggest}>${msg('Is your group missing?', { id: 'groupFinder.suggest' })}</a></p>` : nothing}
        ${this.languageMenu()}`,
    );
  }
}
