// The bundled list's descriptions in each shipped language other than English:
// one small table per language (src/group-finder/descriptions/<locale>.ts),
// loaded only when the bundled list shows in that language.
type Table = Record<string, string>;

const TABLES: Record<string, () => Promise<{ default: Table }>> = {
  es: () => import('./descriptions/es.js'),
  'zh-Hans': () => import('./descriptions/zh-Hans.js'),
  'zh-Hant': () => import('./descriptions/zh-Hant.js'),
  vi: () => import('./descriptions/vi.js'),
  ko: () => import('./descriptions/ko.js'),
  tl: () => import('./descriptions/tl.js'),
  ar: () => import('./descriptions/ar.js'),
  ht: () => import('./descriptions/ht.js'),
  fr: () => import('./descriptions/fr.js'),
  pt: () => import('./descriptions/pt.js'),
  ru: () => import('./descriptions/ru.js'),
  fa: () => import('./descriptions/fa.js'),
  ps: () => import('./descriptions/ps.js'),
  uk: () => import('./descriptions/uk.js'),
  ur: () => import('./descriptions/ur.js'),
  pa: () => import('./descriptions/pa.js'),
  ti: () => import('./descriptions/ti.js'),
  so: () => import('./descriptions/so.js'),
  am: () => import('./descriptions/am.js'),
  hmn: () => import('./descriptions/hmn.js'),
};

/** Languages with a table (English is the source). */
export const DESCRIPTION_LOCALES = Object.keys(TABLES);

const tables = new Map<string, Table | Promise<unknown>>();

/**
 * A bundled group's description in `locale`, by the group's name; undefined
 * until its language's table has loaded (then `loaded` is called once, to
 * render again), and for English or a language without a table.
 */
export function bundledDescription(locale: string, name: string, loaded: () => void): string | undefined {
  const table = tables.get(locale);
  if (table && !(table instanceof Promise)) return table[name];
  if (!table && TABLES[locale]) {
    tables.set(
      locale,
      TABLES[locale]().then(
        (module) => (tables.set(locale, module.default), loaded()),
        () => tables.set(locale, {}),
      ),
    );
  }
  return undefined;
}
