/**
 * Language names the browser's own data (Intl.DisplayNames, CLDR) gets wrong
 * or names differently from the community: Haitian Creole ("Haitian Creole"
 * in English), Tagalog ("Filipino"), Chinese named by script as on the
 * red cards, and Tigrinya (Chromium has no Tigrinya data: "Tigrinya"). Every
 * other language is named by the browser, in itself
 * (Español, Tiếng Việt, 한국어, العربية …), so adding one needs no code.
 */
export const NATIVE_NAMES: Readonly<Record<string, string>> = {
  'zh-Hans': '中文（简体）',
  'zh-Hant': '中文（繁體）',
  tl: 'Tagalog',
  ht: 'Kreyòl ayisyen',
  // Chromium has no Pashto data and would say "Pashto".
  ps: 'پښتو',
  ti: 'ትግርኛ',
  // Nor Hmong or Somali data ("Hmong", "Somali").
  hmn: 'Hmoob',
  so: 'Soomaali',
};

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Wraps a number in Unicode directional isolates so it reads left-to-right inside Arabic or Farsi text. */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** `rtl` for right-to-left scripts (Arabic, Farsi, Pashto, Urdu, Hebrew …). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

const nativeNames = new Map<string, string>();

/**
 * A language's name in itself: our table, else the browser's (a new language
 * needs no code change). Remembered: every widget's menu lists every language,
 * and each Intl.DisplayNames loads that language's data.
 */
export function nativeName(locale: string): string {
  let name = nativeNames.get(locale);
  if (name === undefined) {
    try {
      const own = NATIVE_NAMES[locale] ?? new Intl.DisplayNames([locale], { type: 'language' }).of(locale)!;
      name = own[0].toLocaleUpperCase(locale) + own.slice(1);
    } catch {
      name = locale;
    }
    nativeNames.set(locale, name);
  }
  return name;
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The shipped locale that best serves a BCP 47 tag, or undefined.
 * `es-MX` → `es`, `pt-BR` → `pt`, `zh`/`zh-CN`/`zh-SG` → `zh-Hans`,
 * `zh-TW`/`zh-HK`/`zh-Hant-*` → `zh-Hant`, `fil` → `tl`, Dari (`prs`, `fa-AF`) → `fa`.
 */
export function matchLocale(tag: string | null | undefined, available: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const clean = tag.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(clean)) return undefined;
  const lower = clean.toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split('-');
  // Filipino is Tagalog, Dari reads Persian, White Hmong (mww) is the Hmong shipped.
  let candidate = language === 'fil' ? 'tl' : language === 'prs' ? 'fa' : language === 'mww' ? 'hmn' : language;
  if (language === 'zh') {
    const traditional = rest.includes('hant') || (!rest.includes('hans') && rest.some((s) => TRADITIONAL_REGIONS.has(s)));
    candidate = traditional ? 'zh-hant' : 'zh-hans';
  }
  return available.find((l) => l.toLowerCase() === candidate);
}

/**
 * Where the browser lacks a language's dates and numbers, its nearest relative
 * it usually has: Haitian Creole → French; Pashto → Urdu (the same Gregorian
 * month names in Arabic script: مارچ, "میل" for miles), not English.
 */
const FORMAT_FALLBACK: Readonly<Record<string, string>> = { ht: 'fr', ps: 'ur' };

/** Asked for every result shown, at every keystroke: looked up once per locale. */
const formatLocales = new Map<string, string>();

/**
 * Whether the browser really has date data for `locale`. Chromium lists some
 * languages (Punjabi) as supported yet formats their dates with the root
 * locale's placeholder pattern, "2026 M01 5": no month names.
 */
function hasDateData(locale: string): boolean {
  if (!Intl.DateTimeFormat.supportedLocalesOf(locale).length) return false;
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 15));
  return !/^M0?1$/.test(month);
}

/**
 * The locale to format numbers and dates in: the locale itself where the
 * browser has its data, else its nearest relative (Haitian Creole → French,
 * Pashto → Urdu, not English), else English (Western digits, months by
 * name). Always the Gregorian calendar: the dates shown (a card's review, a
 * group's check, a report's time) are US dates, and the
 * browser's default for Persian and Pashto is the Solar Hijri calendar, with
 * Iranian month names Dari readers do not use.
 */
export function formatLocale(locale: string): string {
  let format = formatLocales.get(locale);
  if (!format) {
    format = hasDateData(locale) ? locale : (FORMAT_FALLBACK[locale] ?? 'en');
    if (new Intl.DateTimeFormat(format).resolvedOptions().calendar !== 'gregory') format += '-u-ca-gregory';
    formatLocales.set(locale, format);
  }
  return format;
}

/**
 * The language menu's order when the partner sets none (`languages` keeps the partner's own
 * order): `first` (English: the source, and the language of the officer's side), then every
 * other language by its own name in the Unicode root collation, the same on every device:
 * alphabetical within a script, and the scripts in a fixed order (Latin, Cyrillic, Arabic,
 * Ethiopic, Gurmukhi, Hangul, Han …), so each visitor finds their script in one block.
 * A new language takes its place with no code.
 */
export function menuOrder(locales: readonly string[], first = 'en'): string[] {
  const collator = new Intl.Collator('und');
  const rest = locales.filter((l) => l !== first).sort((a, b) => collator.compare(nativeName(a), nativeName(b)) || (a < b ? -1 : 1));
  return locales.includes(first) ? [first, ...rest] : rest;
}
