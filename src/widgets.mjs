// The widget registry: every widget the library ships, one line each.
//
// Everything that needs the list of widgets reads it from here: the build
// (dist/ files, the loader's table of chunks), package.json `exports` (checked
// by test/registry.test.ts), dist/embed.html's allow-list of query-string
// attributes, the partner-page test suite, the size budgets and the bench.
// Adding a widget is its folder under src/, one line below, its test, story
// and README section (CONTRIBUTING.md).
//
// Plain JavaScript data, no imports: Node scripts, the browser and TypeScript
// (through widgets.d.mts) all read this same file.

/** Attributes every widget accepts (documented once, on AllyElement). */
export const COMMON_ATTRIBUTES = ['lang', 'languages', 'theme', 'accent', 'heading-level'];

/**
 * - `tag`: the element's name. Its code is `src/<folder>/<tag>.ts` (registers the tag) and
 *   `src/<folder>/<folder>.component.ts` (the class); `dist/<tag>.js` is its single-widget file.
 * - `folder`: its folder under `src/` (and the name of its test, story and `widget=` value in embed.html).
 * - `messages`: its message group, the prefix of its message ids (`hotline.call` → `hotline`);
 *   the build writes that group's strings to `locales/<language>/<messages>.json`.
 * - `embed`: the widget's own attributes that dist/embed.html may set from its query string
 *   (the common attributes are always allowed).
 * - `budget`: gzip bytes of the widget's own module in dist/, without what it loads on demand.
 * - `allow` (optional): the `allow` attribute its `<iframe>` needs in dist/embed.html (`fullscreen`
 *   for the rights card's "Show to officer"); dist/builder.html writes it into the iframe snippet.
 */
export const WIDGETS = [
  { tag: 'ally-five-ds', folder: 'five-ds', messages: 'fiveDs', embed: ['layout', 'open', 'hotline'], budget: 6 * 1024 },
  { tag: 'ally-rights-card', folder: 'rights-card', messages: 'rightsCard', embed: ['side', 'hotline', 'hotline-label', 'reviewed'], budget: 6 * 1024, allow: 'fullscreen' },
  { tag: 'ally-hotline', folder: 'hotline', messages: 'hotline', embed: ['number', 'sms', 'sms-body', 'label', 'org', 'hours', 'variant'], budget: 6 * 1024 },
  { tag: 'ally-group-finder', folder: 'group-finder', messages: 'groupFinder', embed: ['src', 'state', 'services', 'query', 'suggest-url', 'feed-lang'], budget: 6 * 1024 },
  { tag: 'ally-report', folder: 'report', messages: 'report', embed: ['number', 'sms', 'org'], budget: 6 * 1024 },
  { tag: 'ally-response-plan', folder: 'response-plan', messages: 'responsePlan', embed: ['hotline', 'hotline-label', 'legal-name', 'legal-phone'], budget: 6 * 1024 },
  { tag: 'ally-ways-to-help', folder: 'ways-to-help', messages: 'waysToHelp', embed: ['layout', 'topics', 'open', 'volunteer-url', 'donate-url', 'accompany-url', 'training-url', 'events-url', 'contact'], budget: 6 * 1024 },
];

/** Size budgets for the whole (gzip bytes); `npm test` fails when the built dist/ breaks one. */
export const BUDGETS = {
  /** dist/ally-widgets.js, the loader alone. */
  loader: 2 * 1024,
  /** The loader, the shared core and one widget's own module, for any widget. */
  loaderCoreWidget: 15 * 1024,
  /**
   * Not met yet (Lit alone is about 6 KB of the core): until it is, no widget may
   * grow past this ceiling; lower it as the core shrinks, never raise it. The ceilings
   * keep about 100 bytes above the largest figure: the chunks' content hashes, which
   * the loader names, move the gzip sizes by a byte or two with any change.
   */
  loaderCoreWidgetCeiling: 19.1 * 1024,
  /** Everything a page with the first four widgets downloads to show them, on-demand parts loaded at first render included. */
  fourWidgetPage: 28 * 1024,
  /** Not met yet either: until it is, that page may not grow past this ceiling; lower it as the page shrinks, never raise it. */
  fourWidgetPageCeiling: 35 * 1024,
  /** One widget's strings in one language. */
  strings: 4 * 1024,
};
