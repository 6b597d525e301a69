// Where a widget's translated strings come from in dist/ (the build puts this
// module in place of strings.ts, scripts/rollup-locale-assets.mjs): one JSON
// file per language and widget (`es/hotline.json`) in `locales/` beside the
// script, so the files load from wherever a partner hosts it. Not in lib/.

/** The folder of the JSON files, relative to the module: the build sets it (`locales/` beside the script). */
const LOCALES = '' as string;

/**
 * Strings the loader (dist/ally-widgets.js) already started fetching, by URL,
 * so a widget's strings arrive together with its code instead of after it.
 * Each is taken once.
 */
const PREFETCHED = Symbol.for('ally-widgets.prefetched-strings');

/** A widget's strings in `locale`: fetched (or taken from the loader's early fetch). */
export async function loadStrings(locale: string, group: string): Promise<object> {
  const url = new URL(`${locale}/${group}.json`, new URL(LOCALES, import.meta.url)).href;
  const prefetched = (globalThis as { [PREFETCHED]?: Map<string, Promise<Response>> })[PREFETCHED];
  const early = prefetched?.get(url);
  prefetched?.delete(url);
  const response = await (early ?? fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' }));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return await response.json();
}
