// The group finder's data layer, loaded on demand as its own chunk: fetching a
// feed (timeout, size cap, format detection), parsing JSON (CSV goes to
// csv.ts, a further chunk), and turning raw rows into checked `Group`s.
import { fieldName, unusedColumnsWarning } from './headers.js';
import { normalizePhone } from '../internal/phone.js';
import { isPlainEmail, isWebAddress } from '../internal/web-address.js';
import { SERVICES, fold, type Group, type Service } from './search.js';
import { SLICE_MS, nextTask } from './slices.js';
import { onDemand } from '../internal/on-demand.js';

const loadCsvReader = onDemand('ally-group-finder', 'the CSV reader', () => import('./csv.js'));
const loadDefaultList = onDemand('ally-group-finder', 'the default list of national organizations', () => import('./default-groups.js'));

/** A feed larger than this is not read further (5 MB): the default list shows instead. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

export type Format = 'json' | 'csv';

/** What the element needs from a load. */
export interface Loaded {
  groups: Group[];
  /** Two-letter codes present, sorted. */
  states: string[];
  /** Language codes present, sorted. */
  languages: string[];
  /** Services present, in SERVICES order. */
  services: Service[];
  /** Set when the partner's data failed and the default list is shown instead. */
  failed?: boolean;
}

const STATE_LIST =
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|' +
  'FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|' +
  'MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|' +
  'NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|' +
  'PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|' +
  'WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico|GU Guam|VI U.S. Virgin Islands|AS American Samoa|' +
  'MP Northern Mariana Islands';

/** US state and territory names by two-letter code. */
export const STATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(STATE_LIST.split('|').map((s) => [s.slice(0, 2), s.slice(3)]));
const STATE_CODES = new Map(Object.entries(STATE_NAMES).map(([code, name]) => [fold(name), code]));

/** A state as a two-letter code when it is one we know by code or name ("tx", "Texas"); otherwise as written. */
export function stateCode(value: string): string {
  const v = value.trim();
  if (/^[A-Z]{2}$/.test(v)) return v;
  if (/^[a-z]{2}$/i.test(v)) return v.toUpperCase();
  return STATE_CODES.get(fold(v)) ?? v;
}

// ---------- fetching ----------

/**
 * Fetches a feed: only http(s) (or an in-page blob:), no referrer (the partner's page address is
 * not sent to a third-party host such as Google Sheets), aborted after
 * `timeout` ms, never reading more than MAX_FEED_BYTES. Throws an Error whose
 * message says what failed, for the partner's console.
 */
export async function fetchFeed(src: string, timeout: number, signal?: AbortSignal): Promise<{ text: string; format: Format }> {
  const url = new URL(src, document.baseURI);
  // blob: lets an app preview a file the partner picked (URL.createObjectURL); it never leaves the page.
  if (!/^(https?|blob):$/.test(url.protocol)) throw new Error('is not an http: or https: address');
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort());
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, referrerPolicy: 'no-referrer', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type)) throw new Error('is a web page, not a CSV or JSON file (publish a Google Sheet as "Comma-separated values (.csv)")');
    if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) throw new Error('is larger than 5 MB');
    const text = await readCapped(response);
    return { text, format: detectFormat(text, type, url) };
  } catch (error) {
    if (controller.signal.aborted && !signal?.aborted) throw new Error(`did not answer within ${timeout / 1000} s`);
    if (error instanceof TypeError) throw new Error(`could not be reached (network error, or the server does not allow cross-origin requests: ${error.message})`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8 text (a BOM is dropped), stopping at the size cap. */
async function readCapped(response: Response): Promise<string> {
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  if (!reader) {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > MAX_FEED_BYTES) throw new Error('is larger than 5 MB');
    return decoder.decode(buffer);
  }
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      throw new Error('is larger than 5 MB');
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** JSON or CSV, from the content type, then the file name (or Google Sheets' `output=csv`), then the first character. */
export function detectFormat(text: string, contentType: string, url?: URL): Format {
  if (/json/i.test(contentType)) return 'json';
  if (/csv|comma-separated/i.test(contentType)) return 'csv';
  const path = url?.pathname.toLowerCase() ?? '';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv') || /[?&](output|format)=csv/i.test(url?.search ?? '')) return 'csv';
  // \s includes the byte-order mark.
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Raw rows of a feed: a JSON array (or `{ "groups": [...] }`), or CSV rows keyed by header (parsed in slices, see csv.ts). */
export async function parseFeed(text: string, format: Format, signal?: AbortSignal): Promise<unknown[]> {
  if (format === 'csv') {
    const csv = await loadCsvReader();
    if (!csv) throw new Error('could not be read (the CSV reader did not load)');
    return csv.parseCsvInSlices(text, fieldName, signal);
  }
  let data: unknown;
  // JSON.parse cannot be split: it gets a task of its own (about 30 ms for 5 MB), nothing else in it.
  await nextTask();
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(list)) throw new Error('is not a JSON array of groups');
  return list;
}

// ---------- cleaning rows ----------

// Column names (and JSON keys) → fields: src/group-finder/headers.ts.
export { fieldName } from './headers.js';

const SERVICE_ALIASES: Record<string, Service> = {
  'legal-aid': 'legal',
  'legal-services': 'legal',
  'know-your-rights': 'education',
  daca: 'daca-tps',
  tps: 'daca-tps',
  bail: 'bail-fund',
  'ally-trainings': 'ally-training',
  training: 'ally-training',
  'rapid-response-network': 'rapid-response',
};

/**
 * The longest text kept of each field. No real value comes near these; a
 * hostile feed's 1 MB name is cut before anything looks at it (links and
 * numbers longer than theirs are dropped: see isWebAddress, isPlainEmail,
 * normalizePhone).
 */
export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  name: 200,
  description: 2000,
  city: 100,
  state: 60,
  zip: 20,
  lat: 40,
  lng: 40,
  phone: 60,
  hotline: 60,
  email: 260,
  website: 2000,
  services: 1000,
  languages: 1000,
  immigrant_led: 20,
  national: 20,
  verified: 40,
  lang: 40,
};

/** Fields that are useless cut short: longer than their limit, they are left out. */
const DROPPED_WHEN_LONG = new Set(['zip', 'lat', 'lng', 'phone', 'hotline', 'email', 'website', 'verified', 'lang']);

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(text) : text(v).split(/[;,]/))
    .map((s) => s.trim())
    .filter(Boolean);
const bool = (v: unknown): boolean => v === true || v === 1 || /^(true|yes|y|1|x|s[ií])$/i.test(text(v));

let languageNames: Map<string, string> | undefined;
/** English, Spanish and own names of common languages → code, for sheets that say "Spanish" or "Español". */
function languageByName(name: string): string | undefined {
  if (!languageNames) {
    languageNames = new Map();
    const codes = 'en es fr pt ht zh vi ko tl ar ru fa ps ur hi pa bn ne my km lo hmn so am ti om sw yo ha ig uk pl ro tr he ja it de el sq mam quc yua nah'.split(' ');
    for (const code of codes) {
      for (const inLanguage of ['en', 'es', code]) {
        try {
          const n = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code);
          if (n && n !== code) languageNames.set(fold(n), code);
        } catch {
          /* this browser has no name for it */
        }
      }
    }
    for (const [n, code] of [['chinese', 'zh'], ['mandarin', 'zh'], ['cantonese', 'yue'], ['haitian creole', 'ht'], ['creole', 'ht'], ['kreyol', 'ht'], ['asl', 'ase'], ['filipino', 'tl']]) {
      languageNames.set(fold(n), code);
    }
  }
  return languageNames.get(fold(name));
}

const languageCodes = new Map<string, string | undefined>();
function languageCode(value: string): string | undefined {
  if (languageCodes.has(value)) return languageCodes.get(value);
  let code: string | undefined;
  // A BCP 47 shape, checked part by part (no nested quantifier reads the feed's text).
  const [first, ...rest] = value.length <= 35 ? value.split(/[-_]/) : [''];
  if (/^[a-z]{2,3}$/i.test(first) && rest.every((part) => /^[a-z0-9]{2,8}$/i.test(part))) {
    try {
      code = Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0];
    } catch {
      /* not BCP 47 */
    }
  } else code = languageByName(value);
  languageCodes.set(value, code);
  return code;
}

const dates = new Map<string, string>();
function isoDate(value: string): string {
  let iso = dates.get(value);
  if (iso === undefined) dates.set(value, (iso = toIsoDate(value)));
  return iso;
}
function toIsoDate(value: string): string {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = us ? `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}` : value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? iso : '';
}

const coordinate = (v: unknown, max: number): number | undefined => {
  const s = text(v);
  const n = s ? Number(s) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= max ? n : undefined;
};

const UNKNOWN_SERVICES = 'services (unknown, shown as "other")';
const BAD_LANGUAGES = 'languages (not a BCP 47 code)';
interface ParsedList<T> {
  list: T[];
  /** Values that were not understood. */
  bad: number;
}
function parseServices(values: string[]): ParsedList<Service> {
  const found = new Set<Service>();
  let bad = 0;
  for (const s of values) {
    const key = s.toLowerCase().replace(/[\s_]+/g, '-');
    const service = SERVICES.includes(key as Service) ? (key as Service) : SERVICE_ALIASES[key];
    if (!service) bad++;
    found.add(service ?? 'other');
  }
  return { list: SERVICES.filter((s) => found.has(s)), bad };
}
function parseLanguages(values: string[]): ParsedList<string> {
  const found = new Set<string>();
  let bad = 0;
  for (const l of values) {
    const code = languageCode(l);
    if (code) found.add(code);
    else bad++;
  }
  return { list: [...found], bad };
}
const serviceLists = new Map<string, ParsedList<Service>>();
const languageLists = new Map<string, ParsedList<string>>();
/** A `;`-separated list (or a JSON array), parsed once per distinct text: feeds repeat the same lists. The result is shared, never changed. */
function cachedList<T>(value: unknown, cache: Map<string, ParsedList<T>>, parse: (values: string[]) => ParsedList<T>): ParsedList<T> {
  if (typeof value !== 'string') return parse(list(value));
  let parsed = cache.get(value);
  if (!parsed) cache.set(value, (parsed = parse(list(value))));
  return parsed;
}

/** Cuts `value` to `max` characters, never in the middle of a surrogate pair. */
function cut(value: string, max: number): string {
  const cutAt = /[\ud800-\udbff]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return value.slice(0, cutAt).trim();
}

/**
 * One problem of one row, for a partner checking a feed (dist/builder.html): `row` counts the
 * rows from 1; `skipped` when the whole row is left out, else one value (`value`, as written).
 * `reason` is the widget's own wording, as in its console warning.
 */
export interface RowProblem {
  row: number;
  skipped: boolean;
  reason: string;
  value?: string;
}

/** Cleans rows one at a time (the work of normalizeGroups), so that a long feed can be cleaned in slices. */
function rowCleaner(keyed: boolean, lang: string, report?: (problem: RowProblem) => void) {
  const skipped = new Map<string, number>();
  const ignored = new Map<string, number>();
  const count = (map: Map<string, number>, reason: string, value?: string) => {
    map.set(reason, (map.get(reason) ?? 0) + 1);
    report?.({ row: rows, skipped: map === skipped, reason, ...(value ? { value } : {}) });
  };
  const groups: Group[] = [];
  let rows = 0;
  // Every field's length is capped first: nothing below ever reads more than FIELD_LIMITS allows.
  // A text too long is cut; a link, number or code too long is no link, number or code at all.
  const field = (value: unknown, name: string): string => {
    const max = FIELD_LIMITS[name];
    if (typeof value === 'string' && value.length <= max) return value.trim();
    const cuttable = !DROPPED_WHEN_LONG.has(name);
    if (typeof value === 'string' && value.length > max * 4) {
      // Too long to be anything but hostile or broken: not even trimmed whole.
      count(ignored, `${name} (longer than ${max} characters${cuttable ? ', cut' : ''})`);
      return cuttable ? cut(value.trimStart().slice(0, max + 1), max) : '';
    }
    const t = Array.isArray(value) ? value.slice(0, 100).map(text).join(';') : text(value);
    if (t.length <= max) return t;
    count(ignored, `${name} (longer than ${max} characters${cuttable ? ', cut' : ''})`);
    return cuttable ? cut(t, max) : '';
  };
  const checked = <T>(reason: string, value: string, ok: T | undefined | null): T | undefined => {
    if (value && ok == null) count(ignored, reason, value);
    return ok ?? undefined;
  };
  const add = (raw: unknown): void => {
    rows++;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      count(skipped, 'not an object');
      return;
    }
    let r = raw as Record<string, unknown>;
    if (!keyed) {
      r = {};
      for (const key in raw) {
        if (key.length > 100) continue;
        // Two columns for one field ("Phone" and "Phone Number"): the first with a value wins.
        const f = fieldName(key);
        if (f && (r[f] == null || r[f] === '')) r[f] = (raw as Record<string, unknown>)[key];
      }
    }
    const name = field(r.name, 'name');
    if (!name) {
      count(skipped, 'no name');
      return;
    }
    // Quick shape checks here for the partner's warning; each link is made by safeWebsite / safeMailto
    // when it is shown (20 at a time), which keeps 10,000 rows fast to load.
    const websiteText = field(r.website, 'website');
    const website = checked('website (not an http: or https: link)', websiteText, isWebAddress(websiteText) ? websiteText : undefined);
    const emailText = field(r.email, 'email').replace(/^mailto:/i, '');
    const email = checked('email (not an address)', emailText, isPlainEmail(emailText) ? emailText : undefined);
    const phoneText = field(r.phone, 'phone');
    const hotlineText = field(r.hotline, 'hotline');
    const servicesText = field(r.services, 'services');
    const services = cachedList(servicesText, serviceLists, parseServices);
    if (services.bad) {
      ignored.set(UNKNOWN_SERVICES, (ignored.get(UNKNOWN_SERVICES) ?? 0) + services.bad);
      report?.({ row: rows, skipped: false, reason: UNKNOWN_SERVICES, value: servicesText });
    }
    const languagesText = field(r.languages, 'languages');
    const languages = cachedList(languagesText, languageLists, parseLanguages);
    if (languages.bad) {
      ignored.set(BAD_LANGUAGES, (ignored.get(BAD_LANGUAGES) ?? 0) + languages.bad);
      report?.({ row: rows, skipped: false, reason: BAD_LANGUAGES, value: languagesText });
    }
    const latText = field(r.lat, 'lat');
    const lngText = field(r.lng, 'lng');
    let lat = coordinate(latText, 90);
    let lng = coordinate(lngText, 180);
    if ((latText || lngText) && (lat === undefined || lng === undefined)) {
      count(ignored, 'lat/lng (not a pair of coordinates)', `${latText}, ${lngText}`);
      lat = lng = undefined;
    }
    const zipText = field(r.zip, 'zip');
    const zip = checked('zip (not a 5-digit ZIP code)', zipText, /^\d{3,5}(-\d{4})?$/.test(zipText) ? zipText.split('-')[0].padStart(5, '0') : undefined) ?? '';
    const verifiedText = field(r.verified, 'verified');
    const langText = field(r.lang, 'lang');
    const state = stateCode(field(r.state, 'state'));
    const description = field(r.description, 'description');
    const city = field(r.city, 'city');
    groups.push({
      name,
      description,
      city,
      state,
      zip,
      lat,
      lng,
      phone: checked('phone (cannot be dialled)', phoneText, normalizePhone(phoneText)),
      hotline: checked('hotline (cannot be dialled)', hotlineText, normalizePhone(hotlineText)),
      email,
      website,
      services: services.list,
      languages: languages.list,
      immigrantLed: bool(field(r.immigrant_led, 'immigrant_led')),
      national: bool(field(r.national, 'national')),
      verified: checked('verified (not a YYYY-MM-DD date)', verifiedText, isoDate(verifiedText) || undefined) ?? '',
      lang: (langText && checked('lang (not a BCP 47 code)', langText, languageCode(langText))) || lang,
      text: fold(`${name} ${description} ${city} ${state} ${STATE_NAMES[state] ?? ''} ${services.list.join(' ')}`),
    });
  };
  const finish = (): { groups: Group[]; problems: string } => {
    const describe = (map: Map<string, number>) => [...map].map(([reason, n]) => `${reason}: ${n}`).join('; ');
    const parts = [];
    if (skipped.size) parts.push(`skipped ${rows - groups.length} of ${rows} rows (${describe(skipped)})`);
    if (ignored.size) parts.push(`ignored values that cannot be used (${describe(ignored)})`);
    return { groups, problems: parts.join('; ') };
  };
  return { add, finish };
}

/**
 * Cleans raw rows (objects keyed by field, any case) into groups. A row
 * without a name is skipped; a value that is not usable (a `javascript:`
 * website, a phone number that cannot be dialled …) is dropped from its row,
 * a text longer than its FIELD_LIMITS is cut. All are counted in `problems`,
 * for one console warning. `keyed`: the rows' keys are already field names
 * (parseCsv maps its header once). `lang`: the feed's declared language, for
 * rows without a `lang` of their own. `report`: told each problem with its row (a feed check).
 */
export function normalizeGroups(rows: readonly unknown[], keyed = false, lang = 'en', report?: (problem: RowProblem) => void): { groups: Group[]; problems: string } {
  const cleaner = rowCleaner(keyed, lang, report);
  for (const raw of rows) cleaner.add(raw);
  return cleaner.finish();
}

/**
 * normalizeGroups, giving the main thread back every few milliseconds: a
 * 5 MB feed never blocks the page for a long task, and a visitor's tap on
 * another widget is answered while it is cleaned.
 */
export async function normalizeGroupsInSlices(rows: readonly unknown[], keyed = false, signal?: AbortSignal, lang = 'en'): Promise<{ groups: Group[]; problems: string }> {
  const cleaner = rowCleaner(keyed, lang);
  await nextTask();
  let since = performance.now();
  for (let i = 0; i < rows.length; i++) {
    cleaner.add(rows[i]);
    if (i % 32 === 31 && performance.now() - since > SLICE_MS) {
      await nextTask();
      if (signal?.aborted) throw signal.reason;
      since = performance.now();
    }
  }
  return cleaner.finish();
}

/** States, languages and services present in `groups`, for the filter menus. */
export function facets(groups: readonly Group[]): Omit<Loaded, 'groups' | 'failed'> {
  const states = new Set<string>();
  const languages = new Set<string>();
  const services = new Set<Service>();
  for (const g of groups) {
    if (/^[A-Z]{2}$/.test(g.state)) states.add(g.state);
    for (const l of g.languages) languages.add(l);
    for (const s of g.services) services.add(s);
  }
  return { states: [...states].sort(), languages: [...languages].sort(), services: SERVICES.filter((s) => services.has(s)) };
}

/** A feed's column names: a CSV's header row, or the keys of a JSON feed's first rows. */
export function columnsOf(rows: readonly unknown[] & { columns?: string[] }): string[] {
  if (rows.columns) return rows.columns;
  const keys = new Set<string>();
  for (const row of rows.slice(0, 50)) if (row && typeof row === 'object' && !Array.isArray(row)) for (const key in row) keys.add(key);
  return [...keys];
}

/** The bundled national organisations, cleaned (their text is English, translated when shown). */
export async function defaultGroups(): Promise<Group[]> {
  return normalizeGroups((await loadDefaultList())?.DEFAULT_GROUPS ?? []).groups.map((g) => ({ ...g, bundled: true }));
}

/**
 * Loads the element's data, first match wins: `src`, then an inline
 * `<script type="application/json">`, then the default list. Whatever
 * fails falls back to the default list with `failed: true`, and one console
 * warning says what failed; skipped rows are counted in another. `lang`:
 * the feed's declared language (`feed-lang`), default English.
 */
export async function loadGroups(options: { src?: string; inline?: string | null; timeout: number; signal?: AbortSignal; tag: string; lang?: string }): Promise<Loaded> {
  const { src, inline, tag } = options;
  const source = src ? `src="${src}"` : 'the inline <script type="application/json">';
  if (src || inline != null) {
    try {
      const feed = src ? await fetchFeed(src, options.timeout, options.signal) : { text: inline!, format: 'json' as const };
      // Parsed and cleaned in slices, the main thread given back between them (slices.ts).
      const rows = await parseFeed(feed.text, feed.format, options.signal);
      const unused = unusedColumnsWarning(columnsOf(rows));
      if (unused) console.warn(`<${tag}>: ${source}: ${unused}.`);
      const { groups, problems } = await normalizeGroupsInSlices(rows, feed.format === 'csv', options.signal, options.lang);
      if (problems) console.warn(`<${tag}>: ${source}: ${problems}.`);
      if (!groups.length) throw new Error(rows.length ? 'has no row with a name' : 'has no rows');
      return { groups, ...facets(groups) };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      console.warn(`<${tag}>: could not use ${source}: it ${(error as Error).message}. Showing the default list of national organisations instead.`);
      const groups = await defaultGroups();
      return { groups, ...facets(groups), failed: true };
    }
  }
  const groups = await defaultGroups();
  return { groups, ...facets(groups) };
}
