// Console advice for the partner about the page itself, each given once per
// page (also across two copies of the library). Loaded on demand: only a page
// that needs the advice downloads it.

const given: Set<string> = ((globalThis as { [key: symbol]: Set<string> })[Symbol.for('ally-widgets.page-warnings')] ??= new Set());

function once(key: string, message: string): void {
  if (given.has(key)) return;
  given.add(key);
  console.warn(message);
}

/** The page was opened from a file on disk. */
export function warnFilePage(): void {
  once(
    'file',
    'ally-widgets: this page is opened from a file (file://). Browsers block module scripts and data files read from disk, so a page with ' +
      'dist/ beside it on disk shows only your fallback content (a group list next to it does not load either). Serve the page and the dist/ folder over http(s): from your website, or on your computer ' +
      'with any local web server (for example `npx serve` or `python3 -m http.server` in the folder).',
  );
}

/** Two widgets ask for different languages with their `lang` attributes; the page shows `shown`, the first one's. */
export function warnTwoLanguages(shown: string, ...elements: Element[]): void {
  const [first, second] = elements.map((el) => `<${el.localName} lang="${el.getAttribute('lang')}">`);
  once(
    'languages',
    `ally-widgets: one page shows one language at a time: ${first} and ${second} ask for different languages; every widget shows "${shown}" ` +
      '(asked for by the first to start) until a visitor picks another in a language menu. Give every widget the same lang, or set it once on <html lang="…">.',
  );
}
