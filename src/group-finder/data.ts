// The group finder's data layer, loaded on demand as its own chunk: fetching a
// feed (timeout, size cap, format detection), parsing JSON (CSV goes to
// csv.ts, a further chunk), and turning raw rows into checked `Group`s.
import { fieldName, unusedColumnsWarning } from './headers.js';
import { normalizePhone } from '../internal/phone.js';
import { SERVICES, fold, type Group, type Service } from './search.js';

/** A feed larger than this is not read further (SPEC §3.4). */
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
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Raw rows of a feed: a JSON array (or `{ "groups": [...] }`), or CSV rows keyed by header. */
export async function parseFeed(text: string, format: Format): Promise<unknown[]> {
  if (format === 'csv') return (await import('./csv.js')).parseCsv(text, fieldName);
  let data: unknown;
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

/** What safeWebsite accepts: http(s) addresses, or bare domains read as https. */
const WEBSITE = /^(https?:\/\/[^\s/?#]+[^\s]*|[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?)$/i;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

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
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(value)) {
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

/**
 * Cleans raw rows (objects keyed by field, any case) into groups. A row
 * without a name is skipped; a value that is not usable (a `javascript:`
 * website, a phone number that cannot be dialled …) is dropped from its row.
 * Both are counted in `problems`, for one console warning. `keyed`: the
 * rows' keys are already field names (parseCsv maps its header once).
 */
export function normalizeGroups(rows: readonly unknown[], keyed = false): { groups: Group[]; problems: string } {
  const skipped = new Map<string, number>();
  const ignored = new Map<string, number>();
  const count = (map: Map<string, number>, reason: string) => map.set(reason, (map.get(reason) ?? 0) + 1);
  const groups: Group[] = [];
  for (const raw of rows) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      count(skipped, 'not an object');
      continue;
    }
    let r = raw as Record<string, unknown>;
    if (!keyed) {
      r = {};
      for (const key in raw) {
        // Two columns for one field ("Phone" and "Phone Number"): the first with a value wins.
        const field = fieldName(key);
        if (field && (r[field] == null || r[field] === '')) r[field] = (raw as Record<string, unknown>)[key];
      }
    }
    const name = text(r.name);
    if (!name) {
      count(skipped, 'no name');
      continue;
    }
    const checked = <T>(field: string, value: string, ok: T | undefined | null): T | undefined => {
      if (value && ok == null) count(ignored, field);
      return ok ?? undefined;
    };
    // Quick shape checks here for the partner's warning; each link is made by safeWebsite / safeMailto
    // when it is shown (20 at a time), which keeps 10,000 rows fast to load.
    const websiteText = text(r.website);
    const website = checked('website (not an http: or https: link)', websiteText, WEBSITE.test(websiteText) ? websiteText : undefined);
    const emailText = text(r.email).replace(/^mailto:/i, '');
    const email = checked('email (not an address)', emailText, EMAIL.test(emailText) ? emailText : undefined);
    const phoneText = text(r.phone);
    const hotlineText = text(r.hotline);
    const services = cachedList(r.services, serviceLists, parseServices);
    if (services.bad) ignored.set(UNKNOWN_SERVICES, (ignored.get(UNKNOWN_SERVICES) ?? 0) + services.bad);
    const languages = cachedList(r.languages, languageLists, parseLanguages);
    if (languages.bad) ignored.set(BAD_LANGUAGES, (ignored.get(BAD_LANGUAGES) ?? 0) + languages.bad);
    let lat = coordinate(r.lat, 90);
    let lng = coordinate(r.lng, 180);
    if ((text(r.lat) || text(r.lng)) && (lat === undefined || lng === undefined)) {
      count(ignored, 'lat/lng (not a pair of coordinates)');
      lat = lng = undefined;
    }
    const zipText = text(r.zip);
    const zip = checked('zip (not a 5-digit ZIP code)', zipText, /^\d{3,5}(-\d{4})?$/.test(zipText) ? zipText.split('-')[0].padStart(5, '0') : undefined) ?? '';
    const verifiedText = text(r.verified);
    const state = stateCode(text(r.state));
    const description = text(r.description);
    const city = text(r.city);
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
      immigrantLed: bool(r.immigrant_led),
      national: bool(r.national),
      verified: checked('verified (not a YYYY-MM-DD date)', verifiedText, isoDate(verifiedText) || undefined) ?? '',
      text: fold(`${name} ${description} ${city} ${state} ${STATE_NAMES[state] ?? ''} ${services.list.join(' ')}`),
    });
  }
  const describe = (map: Map<string, number>) => [...map].map(([reason, n]) => `${reason}: ${n}`).join('; ');
  const parts = [];
  if (skipped.size) parts.push(`skipped ${rows.length - groups.length} of ${rows.length} rows (${describe(skipped)})`);
  if (ignored.size) parts.push(`ignored values that cannot be used (${describe(ignored)})`);
  return { groups, problems: parts.join('; ') };
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
function columnsOf(rows: readonly unknown[] & { columns?: string[] }): string[] {
  if (rows.columns) return rows.columns;
  const keys = new Set<string>();
  for (const row of rows.slice(0, 50)) if (row && typeof row === 'object' && !Array.isArray(row)) for (const key in row) keys.add(key);
  return [...keys];
}

/** The bundled national organisations, cleaned. */
export async function defaultGroups(): Promise<Group[]> {
  return normalizeGroups((await import('./default-groups.js')).DEFAULT_GROUPS).groups;
}

/**
 * Loads the element's data, first match wins: `src`, then an inline
 * `<script type="application/json">`, then the default list. Whatever
 * fails falls back to the default list with `failed: true`, and one console
 * warning says what failed; skipped rows are counted in another.
 */
export async function loadGroups(options: { src?: string; inline?: string | null; timeout: number; signal?: AbortSignal; tag: string }): Promise<Loaded> {
  const { src, inline, tag } = options;
  const source = src ? `src="${src}"` : 'the inline <script type="application/json">';
  if (src || inline != null) {
    try {
      const feed = src ? await fetchFeed(src, options.timeout, options.signal) : { text: inline!, format: 'json' as const };
      const rows = await parseFeed(feed.text, feed.format);
      const unused = unusedColumnsWarning(columnsOf(rows));
      if (unused) console.warn(`<${tag}>: ${source}: ${unused}.`);
      const { groups, problems } = normalizeGroups(rows, feed.format === 'csv');
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
