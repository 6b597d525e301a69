/**
 * The loader: what `dist/ally-widgets.js` runs. It defines nothing itself. It
 * finds the widgets' elements in the page — at load, and whenever one is added
 * later (by another script, a CMS, a client-side router), also inside open
 * shadow roots it can reach — and imports each widget's code once, relative
 * to its own URL, so `dist/` works from any host.
 *
 * No waterfall: the build gives the loader each widget's module, every
 * module it imports (the shared core first among them) and its text (which
 * the widget imports on demand), so they are all requested at once, together
 * with the widget's strings in the page's language. A widget is one round
 * trip behind the loader.
 */
import { matchLocale } from '../internal/languages.js';
import { sayTrustedTypesAdvice } from '../internal/trusted-types-advice.js';

/** What the build tells the loader (scripts/rollup-loader-plan.mjs writes it). */
export interface LoaderPlan {
  /** Per tag: the hash of the widget's module (`chunks/<tag>-<hash>.js`), then every module it imports and its text (needed at first render), as names in `chunks/` (`core-1a2b3c4d` is `chunks/core-1a2b3c4d.js` beside the loader). */
  modules: Record<string, readonly string[]>;
  /** Per tag: its message group (its strings are `locales/<language>/<group>.json`). */
  messages: Record<string, string>;
  /** The source language (its strings are in the code). */
  source: string;
  /** The languages that have strings files (every shipped language but the source). */
  locales: readonly string[];
  /** The module that applies `accent` (the core imports it when an element has one), named like those above. */
  accent: string;
}

/** Strings already requested, shared with the core (src/internal/localization.ts), which takes each once. */
const PREFETCHED = Symbol.for('ally-widgets.prefetched-strings');
/** Folders whose loader already runs: a second copy of the same files does nothing. */
const RUNNING = Symbol.for('ally-widgets.loaders');

type Global = typeof globalThis & { [PREFETCHED]?: Map<string, Promise<Response>>; [RUNNING]?: Set<string> };

/** Starts the loader for `plan`, whose paths are relative to `base` (the loader's own URL). */
export function startLoader(plan: LoaderPlan, base: string, doc: Document = document): void {
  const global = globalThis as Global;
  const folder = new URL('./', base).href;
  const running = (global[RUNNING] ??= new Set());
  if (running.has(folder)) return;
  running.add(folder);

  doc.defaultView?.addEventListener('securitypolicyviolation', (e) => {
    if (e.sample == 'lit-html') sayTrustedTypesAdvice();
  });
  const tags = Object.keys(plan.modules);
  const selector = tags.join(',');
  const requested = new Set<string>();
  let accentRequested = false;
  const chunk = (name: string) => new URL(`chunks/${name}.js`, base).href;
  const observed = new WeakSet<Node>();
  /** The page's language, and whether an element's own `lang` said so (it then wins over later guesses). */
  let language: [locale: string, fromAttribute: boolean] | undefined;

  /**
   * The page's language as the widgets will choose it (src/internal/localization.ts):
   * an element's own `lang` wins, else the first element's nearest ancestor's
   * `lang`, else the browser's languages. Undefined for the source language.
   */
  function pageLanguage(element: Element): string | undefined {
    const shipped = [plan.source, ...plan.locales];
    const own = matchLocale(element.getAttribute('lang'), shipped);
    if (own && !language?.[1]) language = [own, true];
    if (!language) {
      let node: Node | null = element.parentNode;
      while (node && !(node instanceof Element && node.hasAttribute('lang'))) node = node instanceof ShadowRoot ? node.host : node.parentNode;
      const inherited = matchLocale((node as Element | null)?.getAttribute('lang'), shipped);
      const browser = [...(navigator.languages ?? [])].map((tag) => matchLocale(tag, shipped)).find(Boolean);
      language = [inherited ?? browser ?? plan.source, false];
    }
    return language[0] === plan.source ? undefined : language[0];
  }

  function prefetchStrings(tag: string, locale: string): void {
    const url = new URL(`locales/${locale}/${plan.messages[tag]}.json`, base).href;
    const prefetched = (global[PREFETCHED] ??= new Map());
    if (prefetched.has(url)) return;
    const response = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    response.catch(() => undefined); // the core reports a failure when it reads it
    prefetched.set(url, response);
  }

  function load(element: Element): void {
    const tag = element.localName;
    // Requested with the core, so the partner's colour shows with the first render.
    if (!accentRequested && element.hasAttribute('accent')) {
      accentRequested = true;
      import(/* @vite-ignore */ chunk(plan.accent)).catch(() => undefined);
    }
    const locale = pageLanguage(element);
    if (locale) for (const seen of requested) prefetchStrings(seen, locale);
    if (requested.has(tag)) return;
    requested.add(tag);
    if (locale) prefetchStrings(tag, locale);
    const [hash, ...others] = plan.modules[tag];
    const module = chunk(`${tag}-${hash}`);
    const imports = others.map(chunk);
    // The modules it imports are requested now, in parallel, instead of after the widget's module arrives.
    for (const url of imports) import(/* @vite-ignore */ url).catch(() => undefined);
    import(/* @vite-ignore */ module).catch((error: unknown) => {
      // A page whose CSP refuses Lit's Trusted Types policy: one message that says what to allow.
      if (String((error as Error)?.message ?? error).includes('"lit-html"')) return sayTrustedTypesAdvice();
      console.error(`ally-widgets: could not load <${tag}> from ${module}; its fallback content stays.`, error);
    });
    if (requested.size === tags.length) observer.disconnect();
  }

  /** Every widget element under `root`, and in the open shadow roots below it. */
  function discover(root: Document | ShadowRoot | Element): void {
    if (root instanceof Element) {
      if (root.matches(selector)) load(root);
      else if (root.shadowRoot) watch(root.shadowRoot);
    }
    for (const element of root.querySelectorAll(selector)) load(element);
    // Other components' open shadow roots (never our widgets': they hold no widget).
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot && !element.matches(selector)) watch(element.shadowRoot);
  }

  function watch(root: Document | ShadowRoot): void {
    if (observed.has(root) || requested.size === tags.length) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    discover(root);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });
  watch(doc);
}
