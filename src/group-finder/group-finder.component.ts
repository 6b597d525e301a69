import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../internal/localize-runtime.js';
import { formatLocale } from '../internal/languages.js';
import { AllyElement } from '../internal/ally-element.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import { heading } from '../internal/heading.js';
import { getLocale } from '../internal/localization.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { MAX_QUERY_LENGTH, SERVICES, parseQuery, type Group, type Query, type Service } from './search.js';
import { filterGroups } from './filter.js';
import { onDemand } from '../internal/on-demand.js';
import { widgetsAboveRendered } from './widgets-above.js';
import type { Loaded } from './data.js';
import type { FilterState, Via } from './views.js';
import type { Point } from './geo.js';
import '../events/ally-search.js';
import '../events/ally-select.js';
import '../events/ally-language-change.js';

/** The data layer with the results' templates, and the ZIP code and location code: loaded when first needed. */
const loadViews = onDemand('ally-group-finder', 'its data and results code', () => import('./lazy.js'));
const loadGeo = onDemand('ally-group-finder', 'the ZIP code and location code', () => import('./geo.js'));

/** Results shown at a time; "Show more" adds as many. */
const PAGE = 20;

const numberFormats = new Map<string, Intl.NumberFormat>();
/** One number format per locale: `toLocaleString` makes a new one on every call, every keystroke. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

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
 * @attr {string} feed-lang - The language your list is written in (BCP 47, default `en`): its text is marked so screen readers read it in that language; a `lang` column overrides it per row.
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
   * A folder holding `ally-zip-table.bin` to load the ZIP code table from
   * (relative URLs resolve against the page), instead of the library's own
   * copy: in dist/ the file beside the script, in the npm package a module
   * the app's bundler ships. Unset by default.
   */
  static zipTableBase: string | undefined = undefined;
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
    feedLang: { type: String, attribute: 'feed-lang' },
    loaded: { state: true },
    searchText: { state: true },
    stateFilter: { state: true },
    serviceFilter: { state: true },
    languageFilter: { state: true },
    immigrantLedOnly: { state: true },
    limit: { state: true },
    myPosition: { state: true },
    zipCentre: { state: true },
    locationStatus: { state: true },
    nationals: { state: true },
    said: { state: true },
  };

  declare src: string | undefined;
  declare state: string | undefined;
  declare services: string | undefined;
  declare query: string | undefined;
  declare suggestUrl: string | undefined;
  /** The language the feed is written in (BCP 47), for text without a `lang` column; default `en`. */
  declare feedLang: string | undefined;
  /** The groups, once loaded (from `src`, the inline JSON or the default list). */
  declare private loaded: Loaded | undefined;
  /** What the visitor typed in the search box. */
  declare private searchText: string;
  /** State filter, as chosen or preset (a code or a name). */
  declare private stateFilter: string;
  /** Services filter (a group matches any of them). */
  declare private serviceFilter: readonly Service[];
  /** Language filter. */
  declare private languageFilter: string;
  /** Immigrant-led groups only. */
  declare private immigrantLedOnly: boolean;
  /** How many results are shown ("Show more" adds a page). */
  declare private limit: number;
  /** The visitor's own position while "Use my location" is on. */
  declare private myPosition: Point | undefined;
  /** The searched ZIP code's centre; null when unknown; `failed` when the ZIP code table did not load. */
  declare private zipCentre: Point | null | 'failed' | undefined;
  /** '' normally, 'asking' while asking for the position, 'failed' after it failed. */
  declare private locationStatus: '' | 'asking' | 'failed';
  /** National organisations to show when nothing matches (from the default list when the feed has none). */
  declare private nationals: Group[] | undefined;
  /** What the live region says: the result of the last settled search. */
  declare private said: string;

  /** The data layer and the results' templates, loaded with the first data. */
  private views?: LazyModule;
  private suggestFor?: string;
  private suggestHref?: string;
  private geo?: GeoModule;
  private controller?: AbortController;
  private parsedQuery: Query = parseQuery('');
  /** The ZIP code whose centre was last looked up. */
  private zipSearched = '';
  /** Where distances are measured from (a ZIP code's centre or the visitor's position), if anywhere. */
  private distanceFrom?: Point;
  /** The groups ordered by distance from `distanceFrom` (or as loaded). */
  private ordered: Group[] = [];
  private orderedFrom?: Group[];
  private results: readonly Group[] = [];
  private indexed?: Loaded;
  private index?: InstanceType<LazyModule['GroupIndex']>;
  private timer?: ReturnType<typeof setTimeout>;
  private near?: Promise<void>;
  /** Rendered results, by group (views.ts). */
  private shownResults = new WeakMap();
  private nearObserver?: IntersectionObserver;
  private searches = 0;
  private zipTask?: Promise<void>;
  /** Whether the filters start open: a partner preset them. Never changes after, so Lit never closes them under the visitor. */
  private filtersOpen = false;

  constructor() {
    super();
    this.searchText = '';
    this.stateFilter = '';
    this.serviceFilter = [];
    this.languageFilter = '';
    this.immigrantLedOnly = false;
    this.limit = PAGE;
    this.locationStatus = '';
    this.said = '';
  }

  private get ctor(): typeof AllyGroupFinder {
    return this.constructor as typeof AllyGroupFinder;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /**
   * Resolves once the element is near the visible part of the page (within
   * one screen of it) or a visitor interacts with it: the groups and their
   * code (the heaviest part of any widget) are fetched then, so a page that
   * opens with the hotline or a rights card is not slowed down by a group
   * finder further down. Where the finder sits is known only once the widgets
   * above it have rendered (before that they take little room and it looks
   * near the top), so it decides after them. A hidden finder (in a closed tab)
   * loads when shown; one taken out of the page and put back is still observed.
   */
  private whenNear(): Promise<void> {
    return (this.near ??= new Promise((resolve) => {
      if (typeof IntersectionObserver === 'undefined') return resolve();
      let decided = false;
      const done = () => {
        if (decided) return;
        decided = true;
        this.nearObserver?.disconnect();
        this.removeEventListener('focusin', done);
        resolve();
      };
      this.addEventListener('focusin', done);
      void widgetsAboveRendered(this).then(() => {
        if (decided) return;
        // Already on screen or within a screen of it: at once, not a frame later.
        const box = this.getBoundingClientRect();
        const screen = globalThis.innerHeight ?? 0;
        if ((box.width || box.height) && box.bottom >= -screen && box.top <= 2 * screen) return done();
        this.nearObserver = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: '100% 0px' });
        this.nearObserver.observe(this);
      });
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.searchText = this.query?.trim() ?? '';
    if (changed.has('state')) this.stateFilter = this.state?.trim() ?? '';
    if (changed.has('services')) {
      const wanted = (this.services ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean);
      this.serviceFilter = SERVICES.filter((s) => wanted.includes(s));
      if (wanted.length > this.serviceFilter.length) this.warn('services', this.services!, SERVICES.join(', '));
    }
    if (!this.hasUpdated) this.filtersOpen = !!(this.stateFilter || this.serviceFilter.length);
    if (this.views && this.suggestUrl !== this.suggestFor) {
      this.suggestFor = this.suggestUrl;
      this.suggestHref = this.views.suggestLink(this.suggestUrl);
      if (this.suggestUrl && !this.suggestHref) this.warn('suggest-url', this.suggestUrl, 'an http(s) or e-mail address');
    }

    const groups = this.loaded?.groups ?? [];
    const parsed = (this.parsedQuery = parseQuery(this.searchText));
    if (parsed.zip !== this.zipSearched) {
      this.zipSearched = parsed.zip;
      this.zipCentre = undefined;
      if (parsed.zip) this.zipTask = this.lookUpZip(parsed.zip);
    }
    const from = parsed.zip ? (this.zipCentre === 'failed' ? undefined : this.zipCentre ?? undefined) : this.myPosition;
    if (from !== this.distanceFrom || groups !== this.orderedFrom) {
      this.distanceFrom = from;
      this.orderedFrom = groups;
      this.ordered = from && this.geo ? this.geo.byDistance(groups, from) : groups;
    }
    // One search index per data set, built in the background; until it is ready the filter scans.
    if (this.loaded !== this.indexed) {
      this.indexed = this.loaded;
      this.index?.cancel();
      this.index = this.loaded && this.views ? new this.views.GroupIndex(this.loaded.groups) : undefined;
    }
    const matching = this.index && this.views!.inOrder(this.index, this.ordered, parsed.needles);
    this.results = filterGroups(matching ?? this.ordered, matching ? [] : parsed.needles, {
      state: this.stateFilter && (this.views?.stateCode(this.stateFilter) ?? this.stateFilter.toUpperCase()),
      services: this.serviceFilter,
      language: this.languageFilter,
      immigrantLedOnly: this.immigrantLedOnly,
    });
    if (this.loaded && !this.results.length && !this.nationals) {
      const national = groups.filter((g) => g.national);
      if (national.length) this.nationals = national;
      else void this.views?.defaultGroups().then((list) => (this.nationals = list));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('src') || changed.has('feedLang') || !this.controller) void this.load();
  }

  /** Loads `src`, the inline JSON or the default list (data.ts never throws for bad data; it falls back). */
  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    await this.whenNear();
    if (controller.signal.aborted) return;
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    let data: Loaded = { groups: [], states: [], languages: [], services: [], failed: true };
    this.views ??= await loadViews();
    if (this.views) {
      // The filters' and results' styles travel with their templates.
      adoptStyles(this.renderRoot as ShadowRoot, [...this.ctor.elementStyles, this.views.viewStyles]);
      try {
        data = await this.views.loadGroups({ src: this.src?.trim() || undefined, inline, timeout: this.ctor.feedTimeout, signal: controller.signal, tag: this.localName, lang: this.feedLanguage() });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.error(`<${this.localName}>: could not load its groups.`, error);
      }
    }
    if (controller.signal.aborted) return;
    this.nationals = undefined;
    this.loaded = data;
    // Distances for groups that gave only a ZIP code, if a place is already searched.
    if (this.zipSearched || this.myPosition) await this.place();
  }

  /** `feed-lang` as a BCP 47 tag; English when absent, or (with a warning) when it is not a language tag. */
  private feedLanguage(): string {
    const value = this.feedLang?.trim();
    if (value) {
      try {
        return Intl.getCanonicalLocales(value)[0];
      } catch {
        this.warn('feed-lang', value, 'a language code such as en, es or zh-Hant');
      }
    }
    return 'en';
  }

  /** Says once per failed load, in the console, that the ZIP code table did not load (the widget says it too). */
  private zipTableFailed(error: unknown): void {
    if (this.zipWarning === error) return;
    this.zipWarning = error;
    console.warn(`<${this.localName}>: the ZIP code data did not load, so distances are not shown.`, error);
  }
  private zipWarning: unknown;

  /** Gives groups with only a ZIP code coordinates, then reorders. */
  private async place(): Promise<void> {
    this.geo ??= await loadGeo();
    try {
      await this.geo?.placeByZip(this.ctor.zipTableBase, this.loaded?.groups ?? []);
    } catch (error) {
      this.zipTableFailed(error);
    }
    this.distanceFrom = undefined;
    this.requestUpdate();
  }

  private async lookUpZip(zip: string): Promise<void> {
    let at: Point | null | 'failed' = null;
    this.geo ??= await loadGeo();
    try {
      const [points] = await Promise.all([this.geo?.zipPoints(this.ctor.zipTableBase, [zip]), this.place()]);
      at = points?.get(zip) ?? null;
    } catch (error) {
      // Never "unknown ZIP code" for a table that did not load.
      at = 'failed';
      this.zipTableFailed(error);
    }
    if (zip === this.zipSearched) this.zipCentre = at;
  }

  private async toggleLocation(): Promise<void> {
    if (this.myPosition) {
      this.myPosition = undefined;
    } else {
      this.locationStatus = 'asking';
      try {
        this.geo ??= await loadGeo();
        if (!this.geo) throw new Error('no location code');
        const point = await this.geo.locate();
        await this.place();
        this.myPosition = point;
        this.locationStatus = '';
      } catch {
        this.locationStatus = 'failed';
      }
    }
    this.limit = PAGE;
    this.searched(0);
  }

  /**
   * Once the visitor's search settles (half a second after the last keystroke,
   * at once on Enter or a filter change), tells screen readers what it found
   * (never on load, never an interim count while typing) and fires
   * `ally-search`: never the ZIP code or the position.
   */
  private searched(delay = this.ctor.searchDelay): void {
    clearTimeout(this.timer);
    const search = ++this.searches;
    this.timer = setTimeout(async () => {
      // A ZIP code's place first, so "unknown ZIP code" is said once known.
      await this.zipTask;
      await this.updateComplete;
      if (search !== this.searches) return;
      const { words, zip } = this.parsedQuery;
      this.said = '';
      await this.updateComplete;
      this.said = [...this.renderRoot.querySelectorAll('.status p')].map((p) => p.textContent!.trim()).join(' ');
      this.emit('ally-search', { query: words, count: this.results.length, zip: !!zip, nearMe: !!this.myPosition });
    }, delay);
  }

  /** A visitor changed a filter: results start again from the top. */
  private filter(change: Partial<FilterState> & { searchText?: string }, delay = 0): void {
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
    return this.views?.groupList(groups, {
      level: Math.min(this.level + 1, 6),
      distances: !!this.distanceFrom,
      select: (g: Group, via: Via) => this.emit('ally-select', { name: g.name, via }),
      update: () => this.requestUpdate(),
      shown: this.shownResults,
    });
  }

  override render() {
    const data = this.loaded;
    const count = this.results.length;
    const locale = getLocale();
    const number = (n: number) => numberFormat(formatLocale(locale)).format(n);
    const status = !data
      ? msg('Loading groups…', { id: 'groupFinder.loading' })
      : !count
        ? msg('No groups match your search.', { id: 'groupFinder.none' })
        : count === 1
          ? msg('1 group found', { id: 'groupFinder.one' })
          : count > this.limit
            ? msg(str`Showing ${number(this.limit)} of ${number(count)} groups`, { id: 'groupFinder.showing' })
            : msg(str`${number(count)} groups found`, { id: 'groupFinder.many' });
    const views = this.views;
    const suggest = this.suggestHref;
    const geolocation = globalThis.isSecureContext && 'geolocation' in navigator;
    return this.frame(
      html`${this.heading(msg('Find a group near you', { id: 'groupFinder.heading' }))}
        <form part="search" class="search" role="search" @submit=${(e: Event) => (e.preventDefault(), this.searched(0))}>
          <label for="q">${msg('Search by name, city or ZIP code', { id: 'groupFinder.searchLabel' })}</label>
          <div class="row">
            <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" maxlength=${MAX_QUERY_LENGTH} .value=${this.searchText} @input=${(e: Event) => this.filter({ searchText: (e.target as HTMLInputElement).value }, this.ctor.searchDelay)} />
            ${geolocation
              ? html`<button type="button" part="locate" class="button" aria-pressed=${this.myPosition ? 'true' : 'false'} ?disabled=${this.locationStatus === 'asking'} @click=${this.toggleLocation}>
                  ${msg('Use my location', { id: 'groupFinder.locate' })}
                </button>`
              : nothing}
          </div>
        </form>
        ${data && views
          ? views.filters({
              data,
              stateFilter: this.stateFilter && views.stateCode(this.stateFilter),
              serviceFilter: this.serviceFilter,
              languageFilter: this.languageFilter,
              immigrantLedOnly: this.immigrantLedOnly,
              open: this.filtersOpen,
              change: (c) => this.filter(c),
            })
          : nothing}
        ${data?.failed
          ? html`<p part="notice" class="notice">${msg('We could not load the list of groups just now. Here are national groups that help everywhere.', { id: 'groupFinder.failed' })}</p>`
          : nothing}
        <div class="status">
        ${this.parsedQuery.zip && this.zipCentre === null
          ? html`<p part="notice" class="notice">${msg(str`We could not find the ZIP code ${this.parsedQuery.zip}. Check it, or search by city or name.`, { id: 'groupFinder.unknownZip' })}</p>`
          : this.parsedQuery.zip && this.zipCentre === 'failed'
            ? html`<p part="notice" class="notice">${msg('The ZIP code data did not load, so distances are not shown. Check your connection and try again.', { id: 'groupFinder.zipFailed' })}</p>`
            : nothing}
        ${this.locationStatus === 'failed'
          ? html`<p part="notice" class="notice">${msg('Your location is not available. Search by ZIP code instead.', { id: 'groupFinder.noLocation' })}</p>`
          : nothing}
        <p part="count" class="count">${status}</p>
        </div>
        <p class="visually-hidden" role="status">${this.said}</p>
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
