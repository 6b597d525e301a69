// The partner-page suite's test pages (test/dist/*.test.ts), generated from one
// skeleton: a partner's page with a header, an empty <main id="mount"> that
// test/pages/mount.js fills with the widgets named in ?case=, and a paragraph
// below. Each page differs only in the scripts and stylesheets it loads.
// Pages whose name contains ".csp." are served with the strict
// Content-Security-Policy (test-pages-plugin.mjs).
export const PARTNER_PAGES = {
  'widgets.csp.html': {
    title: 'Widgets under a strict CSP',
    scripts: ['/dist/ally-widgets.js'],
  },
  'speech.csp.html': {
    title: 'Widgets in a browser whose device has its own English voice (a stand-in for speech synthesis)',
    classic: ['/test/pages/fake-speech.js'],
    scripts: ['/dist/ally-widgets.js'],
  },
  'widgets-axe.html': {
    title: 'Widgets with axe-core (no CSP: axe is test tooling)',
    classic: ['/node_modules/axe-core/axe.min.js'],
    scripts: ['/dist/ally-widgets.js'],
  },
  'double-load.html': {
    title: 'Double load: two copies of the loader (two URLs, two module instances) and a single-widget file',
    scripts: ['/dist/ally-widgets.js', '/dist/ally-widgets.js?copy=2', '/dist/ally-hotline.js'],
  },
  'double-load.csp.html': {
    title: 'Double load under a strict CSP (each copy of Lit creates a "lit-html" Trusted Types policy, hence allow-duplicates)',
    scripts: ['/dist/ally-widgets.js', '/dist/ally-widgets.js?copy=2'],
  },
  'fallback.csp.html': {
    title: 'No-JS fallback while the script is slow (?delay= answers late)',
    styles: ['/test/pages/css/fallback.css'],
    scripts: ['/dist/ally-widgets.js?delay=800'],
  },
  'fallback-broken.csp.html': {
    title: 'No-JS fallback when the script fails to load',
    styles: ['/test/pages/css/fallback.css'],
    scripts: ['/dist/no-such-file.js'],
  },
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The HTML of a partner page, or undefined when `name` is not one. */
export function partnerPage(name) {
  const page = PARTNER_PAGES[name];
  if (!page) return undefined;
  const head = [
    // Records errors, CSP violations and navigations for the tests to read (a classic script, allowed by the CSP).
    '<script src="/test/pages/record-errors.js"></script>',
    ...(page.classic ?? []).map((src) => `<script src="${escape(src)}"></script>`),
    ...(page.styles ?? []).map((href) => `<link rel="stylesheet" href="${escape(href)}" />`),
    '<script type="module" src="/test/pages/mount.js"></script>',
    ...page.scripts.map((src) => `<script type="module" src="${escape(src)}"></script>`),
  ];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(page.title)}</title>
    ${head.join('\n    ')}
  </head>
  <body>
    <header><h1>A partner's page</h1><nav><a href="#about">About</a> <button type="button">Menu</button></nav></header>
    <main id="mount"></main>
    <p id="after">Text the partner wrote below the widgets, to see whether anything moves or covers it.</p>
  </body>
</html>
`;
}
