import { expect } from '@open-wc/testing';
import { NATIVE_NAMES, directionOf, formatLocale, matchLocale, menuOrder, nativeName } from '../../src/internal/languages.js';
import { SHIPPED_LOCALES } from '../../src/internal/localization.js';

const ALL = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'fr', 'pt', 'ru', 'fa', 'ps', 'so', 'hmn'];

describe('language matching', () => {
  it('maps regional and script tags to the shipped locale', () => {
    const cases: Record<string, string> = {
      'es-MX': 'es',
      'es-419': 'es',
      'pt-BR': 'pt',
      'fr-CA': 'fr',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hans-CN': 'zh-Hans',
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-Hant': 'zh-Hant',
      'zh-hant-tw': 'zh-Hant',
      fil: 'tl',
      'ar-EG': 'ar',
      'fa-AF': 'fa',
      prs: 'fa',
      'ps-PK': 'ps',
      'hmn-US': 'hmn',
      mww: 'hmn',
      'so-SO': 'so',
      EN_us: 'en',
    };
    for (const [tag, locale] of Object.entries(cases)) expect(matchLocale(tag, ALL), tag).to.equal(locale);
  });

  it('answers undefined for languages not shipped and for junk', () => {
    for (const tag of ['de', 'ja-JP', '', 'not a tag', '<script>', undefined, null]) expect(matchLocale(tag, ALL), String(tag)).to.equal(undefined);
  });

  it('only matches what is available', () => {
    expect(matchLocale('zh-TW', ['en', 'es'])).to.equal(undefined);
  });

  it('knows right-to-left scripts', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
    expect(directionOf('zh-Hant')).to.equal('ltr');
  });

  it('names a language not in the table by the browser’s own name for it', () => {
    expect(nativeName('fa')).to.equal('فارسی');
    expect(nativeName('uk')).to.equal('Українська');
  });

  it('names each language in its own script', () => {
    expect(ALL.map(nativeName)).to.deep.equal([
      'English', 'Español', '中文（简体）', '中文（繁體）', 'Tiếng Việt', '한국어', 'Tagalog', 'العربية', 'Kreyòl ayisyen', 'Français', 'Português', 'Русский', 'فارسی', 'پښتو', 'Soomaali', 'Hmoob',
    ]);
  });

  it('orders the menu of all 21 languages predictably: English first, then by own name, each script in one block', () => {
    const all21 = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'fr', 'pt', 'ru', 'fa', 'ps', 'ur', 'pa', 'ti', 'am', 'hmn', 'so', 'uk'];
    expect(menuOrder(all21).map(nativeName)).to.deep.equal([
      'English',
      'Español', 'Français', 'Hmoob', 'Kreyòl ayisyen', 'Português', 'Soomaali', 'Tagalog', 'Tiếng Việt',
      'Русский', 'Українська',
      'اردو', 'العربية', 'پښتو', 'فارسی',
      'ትግርኛ', 'አማርኛ',
      'ਪੰਜਾਬੀ',
      '한국어',
      '中文（简体）', '中文（繁體）',
    ]);
    // The same whatever order the list came in, and a new language needs no code to take its place.
    expect(menuOrder([...all21].reverse())).to.deep.equal(menuOrder(all21));
    expect(menuOrder(['de', 'en', 'uk', 'sw', 'ar'])).to.deep.equal(['en', 'de', 'sw', 'uk', 'ar']);
  });

  it('every shipped language has its own name on this browser (the browser’s data, or NATIVE_NAMES where it has none)', () => {
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const locale of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
      const hasData = Intl.DisplayNames.supportedLocalesOf([locale]).length > 0;
      expect(hasData || locale in NATIVE_NAMES, `${locale}: add its own name to NATIVE_NAMES (the browser would say "${english.of(locale)}")`).to.equal(true);
    }
  });

  it('writes dates in the Gregorian calendar, in the language’s own digits where it has them', () => {
    const year = (locale: string) =>
      new Intl.DateTimeFormat(formatLocale(locale), { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 5));
    // Persian: 2026 in Persian digits, not the Solar Hijri year 1404 (۱۴۰۴).
    expect(year('fa')).to.equal('۲۰۲۶');
    expect(year('es')).to.equal('2026');
    // Pashto: never the English date inside Pashto text, whether or not the browser has Pashto data.
    expect(new Intl.DateTimeFormat(formatLocale('ps'), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 5))).to.equal('مارچ');
  });

  it('names Punjabi, Tigrinya and Amharic in their own scripts, even where the browser has no data for them', () => {
    expect(['pa', 'ti', 'am'].map(nativeName)).to.deep.equal(['ਪੰਜਾਬੀ', 'ትግርኛ', 'አማርኛ']);
  });

  it('formats dates with the month named in every shipped language, never the data-less "2026 M01 5"', () => {
    for (const locale of SHIPPED_LOCALES) {
      const date = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5));
      expect(date, locale).not.to.match(/\bM0?1\b/);
    }
  });
});
