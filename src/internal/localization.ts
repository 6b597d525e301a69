import { configureLocalization, LOCALE_STATUS_EVENT } from './localize-runtime.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { COMPLETE_LOCALES } from '../generated/complete-locales.js';
import { matchLocale } from './languages.js';
// The strings' source: modules in the npm package (strings.ts), JSON beside the script in dist/ (strings.dist.ts).
import { loadStrings } from './strings.js';

/** Every language a visitor can choose: the source plus each complete translation. */
export const SHIPPED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales.filter((l) => COMPLETE_LOCALES.includes(l))];

/** Page-wide language-change event, shared by every copy of the library on the page. */
export const LANGUAGE_CHANGE_EVENT = 'ally-language-change';

/** Message groups (widgets) this copy of the library registered. */
const messageGroups = new Set<string>();

async function loadGroup(locale: string, group: string): Promise<object> {
  try {
    return await loadStrings(locale, group);
  } catch (error) {
    console.warn(`ally-widgets: the ${locale} strings for ${group} did not load (${error}); showing them in English.`);
    return {};
  }
}

/** Each language's strings, one object that grows as widgets register (lit-localize keeps a reference to it). */
const templatesOf = new Map<string, Record<string, unknown>>();
/** The groups already fetched (or being fetched) per language. */
const loadedGroups = new Map<string, Map<string, Promise<void>>>();

/** Fetches every registered group of `locale` not fetched yet, into its one templates object. */
function loadMissingGroups(locale: string): Promise<void> {
  const templates = templatesOf.get(locale) ?? {};
  templatesOf.set(locale, templates);
  const loaded = loadedGroups.get(locale) ?? new Map<string, Promise<void>>();
  loadedGroups.set(locale, loaded);
  for (const group of messageGroups) {
    if (!loaded.has(group)) loaded.set(group, loadGroup(locale, group).then((strings) => void Object.assign(templates, strings)));
  }
  return Promise.all(loaded.values()).then(() => undefined);
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: targetLocales as string[],
  loadLocale: async (locale) => {
    // A bundle that registers several widgets in one go asks for all their
    // strings at once: wait until the script has run to the end.
    await Promise.resolve();
    // Widgets that register while these load are fetched in the same round.
    let count;
    do {
      count = messageGroups.size;
      await loadMissingGroups(locale);
    } while (messageGroups.size !== count);
    return { templates: templatesOf.get(locale)! as never };
  },
});

/**
 * Registers a widget's strings (message ids `<group>.…`); called by
 * `defineElement`. A page downloads only the strings of the widgets it shows.
 * When the page already shows another language and these strings are not
 * there yet, returns a promise that resolves once they are, so a widget that
 * arrives late can wait before its first render; otherwise undefined.
 */
export function useMessages(group: string): Promise<void> | undefined {
  messageGroups.add(group);
  const locale = getLocale();
  if (locale === sourceLocale || !templatesOf.has(locale) || loadedGroups.get(locale)?.has(group)) return undefined;
  // A widget registered after the page switched language: fetch its strings and re-render.
  return loadMissingGroups(locale).then(() => {
    globalThis.dispatchEvent?.(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
  });
}

export { getLocale };

/** How strongly a language was asked for: a visitor's choice beats a partner's attribute beats a guess. */
export const LocalePriority = { Guess: 1, Attribute: 2, Visitor: 3 } as const;
export type LocalePriority = (typeof LocalePriority)[keyof typeof LocalePriority];

let currentPriority: number = 0;
let requested = sourceLocale as string;

/**
 * Asks for `locale` page-wide. The page shows one language at a time; a request
 * only wins over an earlier one of lower or equal priority that came later in
 * time for visitors, or of strictly lower priority otherwise.
 */
export function requestLocale(locale: string, priority: LocalePriority): Promise<void> {
  const accepted = priority === LocalePriority.Visitor ? priority >= currentPriority : priority > currentPriority;
  if (!accepted || !SHIPPED_LOCALES.includes(locale)) return Promise.resolve();
  currentPriority = priority;
  if (locale === requested) return Promise.resolve();
  requested = locale;
  return setLocale(locale).catch((error: unknown) => {
    console.error(`ally-widgets: could not load the "${locale}" strings; showing ${getLocale()}.`, error);
  });
}

/** The first widget that asked for a language with its `lang` attribute, and that language. */
let firstAsked: [Element, string] | undefined;

/** The locale a widget should start in: its `lang`, the nearest ancestor's, the browser's, then English. */
export function resolveInitialLocale(element: Element): { locale: string; priority: LocalePriority } {
  const own = element.getAttribute('lang');
  const fromAttribute = matchLocale(own, SHIPPED_LOCALES);
  if (fromAttribute) {
    // The page shows the first; a second, different lang is named in one console warning.
    const first = (firstAsked ??= [element, fromAttribute]);
    if (first[1] != fromAttribute) void import('./page-warnings.js').then((m) => m.warnTwoLanguages(first[1], first[0], element));
    return { locale: fromAttribute, priority: LocalePriority.Attribute };
  }
  if (own) console.warn(`<${element.localName}>: lang="${own}" is not a shipped language (${SHIPPED_LOCALES.join(', ')}); ignoring it.`);
  const inherited = matchLocale(nearestAncestorLang(element), SHIPPED_LOCALES);
  if (inherited) return { locale: inherited, priority: LocalePriority.Guess };
  for (const tag of globalThis.navigator?.languages ?? []) {
    const match = matchLocale(tag, SHIPPED_LOCALES);
    if (match) return { locale: match, priority: LocalePriority.Guess };
  }
  return { locale: sourceLocale, priority: LocalePriority.Guess };
}

function nearestAncestorLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

// Pages opened from disk cannot load the widgets' files: say so in the console (README: serve over http(s)).
if (location.protocol == 'file:') void import('./page-warnings.js').then((m) => m.warnFilePage());

// A choice made in any widget, from any copy of the library, switches every widget on the page.
globalThis.addEventListener?.(LANGUAGE_CHANGE_EVENT, (event) => {
  const lang = (event as CustomEvent<{ lang?: string }>).detail?.lang;
  if (lang) void requestLocale(lang, LocalePriority.Visitor);
});

/** Test and Storybook hook: forget earlier requests so the next one decides. */
export function resetLocaleRequests(): void {
  currentPriority = 0;
  firstAsked = undefined;
}
