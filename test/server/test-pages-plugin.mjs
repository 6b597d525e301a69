// Dev-server plugin for the browser suite: the partner pages under /test/pages/
// are generated (partner-pages.mjs); pages whose name contains ".csp." are
// served with the strict Content-Security-Policy that partners may use, and
// /test-feed/* answers the group finder's fault cases.
// /dist/<file>?delay=<ms> answers late (a slow connection, for the no-JS
// fallback test); /dist/embed.html gets test/pages/record-errors.js so tests
// can read its CSP violations (its own <meta> CSP stays in force).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

import { partnerPage } from './partner-pages.mjs';

let loads = 0;
const cdpSessions = new WeakMap();

export function testPagesPlugin() {
  return {
    name: 'ally-test-pages',
    async serve(context) {
      const path = context.path;
      if (path.startsWith('/dist/')) {
        const delay = Number(new URLSearchParams(context.querystring).get('delay') ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
      }
      if (path.startsWith('/test/pages/')) {
        const page = partnerPage(path.slice('/test/pages/'.length));
        if (page) return { body: page, type: 'html' };
      }
      // /test-feed/not-found is answered by no plugin, so the static server gives a real 404
      // (a serve() result is always sent as 200).
      if (path === '/test-feed/bad.json') return { body: '[{"name": "Unclosed', type: 'application/json' };
      if (path === '/test-feed/slow.json') {
        const ms = Number(new URLSearchParams(context.querystring).get('ms') ?? 12_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        return { body: '[]', type: 'application/json' };
      }
      const groupFinder = await groupFinderFeed(path, context.querystring);
      if (groupFinder) return groupFinder;
      if (path === '/test-feed/oversize.csv') {
        const row = 'name,description\n' + 'A group,' + 'x'.repeat(1000) + '\n';
        return { body: row.repeat(6 * 1024), type: 'text/csv' };
      }
      return undefined;
    },
    // executeServerCommand('ally-forced-colors', { value: 'active' | 'none' }): emulates Windows
    // forced-colours mode (the built-in emulateMedia command has no forcedColors for puppeteer).
    // executeServerCommand('ally-dist-sizes'): the gzip sizes of the built dist/ (scripts/dist-sizes.mjs);
    // executeServerCommand('ally-gzip-sizes', { files }): the gzip size of each file under dist/.
    // executeServerCommand('ally-xliff-roundtrip', { locale, review? }): test/server/xliff-roundtrip.mjs;
    // executeServerCommand('ally-language-table'): the README's language table as written and as generated;
    // executeServerCommand('ally-review-page', { locale }): the reviewer page's HTML (scripts/review-page.mjs).
    // executeServerCommand('ally-block-urls', { paths: ['/dist/chunks/*later-steps*'] }): the browser fails every
    // request whose path matches (as a content blocker or a dropped connection would; cached copies too);
    // { paths: [] } lets them through again.
    async executeCommand({ command, payload, session }) {
      if (command === 'ally-review-page') return (await import('../../scripts/review-page.mjs')).reviewPage(payload.locale);
      if (command === 'ally-language-table') return (await import('../../scripts/language-table.mjs')).readmeTableCheck();
      if (command === 'ally-xliff-roundtrip') return (await import('./xliff-roundtrip.mjs')).xliffRoundtrip(payload);
      if (command === 'ally-dist-sizes') return (await import('../../scripts/dist-sizes.mjs')).distSizes();
      if (command === 'ally-gzip-sizes') {
        const { gzipSize } = await import('../../scripts/dist-sizes.mjs');
        return Object.fromEntries(payload.files.map((file) => [file, gzipSize(file)]));
      }
      if (command !== 'ally-forced-colors' && command !== 'ally-block-urls') return undefined;
      const page = session.browser.getPage(session.id);
      // Straight to CDP: the puppeteer bundled with the runner does not know this media feature.
      // One CDP session per page: an emulation belongs to the session that set it, so turning it
      // off through a new session would leave it on for every later test file in that page.
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.target().createCDPSession()));
      if (command === 'ally-block-urls') {
        const paths = payload?.paths ?? [];
        await cdp.send('Network.enable');
        await cdp.send('Network.setBlockedURLs', { urlPatterns: paths.map((path) => ({ urlPattern: `*://*:*${path}`, block: true })) });
        if (!paths.length) await cdp.send('Network.disable');
        return true;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.value === 'active' ? 'active' : '' }] });
      return true;
    },
    transform(context) {
      if (context.path.startsWith('/dist/') && new URLSearchParams(context.querystring).has('delay')) {
        context.set('Cache-Control', 'no-store');
      }
      if (context.path.startsWith('/test/pages/') && typeof context.body === 'string' && context.body.includes('?delay=')) {
        // A fresh script URL per page load, so the browser's memory cache never makes the slow script fast.
        context.body = context.body.replace(/\?delay=(\d+)/g, `?delay=$1&load=${++loads}`);
      }
      if (context.path.startsWith('/test/pages/') && context.path.includes('.csp.')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      if (context.path === '/dist/embed.html' && typeof context.body === 'string') {
        return { body: context.body.replace('</title>', '</title>\n    <script src="/test/pages/record-errors.js"></script>') };
      }
    },
  };
}

// <ally-group-finder> feeds: formats, a Google-Sheets-like CSV, an HTML page, generated
// records (?n=) and the ZIP code table, built by the same script as dist/'s.
let zipTable;
async function groupFinderFeed(path, querystring) {
  if (!path.startsWith('/test-feed/')) return undefined;
  const params = new URLSearchParams(querystring);
  if (path === '/test-feed/ally-zip-table.bin') {
    zipTable ??= (await import('../../scripts/build-zip-table.mjs')).buildZipTable();
    return { body: zipTable, type: 'application/octet-stream' };
  }
  const { generateGroups, groupsCsv } = await import('../group-finder/generate-groups.mjs');
  const n = Number(params.get('n') ?? 30);
  const csv = '\uFEFFName,City,State,ZIP,Services,Languages,Immigrant led,Website,Phone,Extra column\r\n' +
    '"Iglesia San José, Grand Rapids","Grand Rapids",MI,49503,sanctuary;accompaniment,es;en,yes,https://example.org/sanjose,(616) 555-0142,ignored\r\n' +
    '"Make the ""Road"" Project",Brooklyn,NY,11237,legal,es,no,example.org/road,,\r\n' +
    '"Line one\nline two",Tucson,AZ,85701,"mutual-aid;food",en,1,javascript:alert(1),not a phone,\r\n' +
    ',Nowhere,TX,,,,,,,\r\n' +
    ',,,,,,,,,\r\n';
  switch (path) {
    case '/test-feed/groups.csv':
      return { body: csv, type: 'text/csv; charset=utf-8' };
    case '/test-feed/sheet': // like a Google Sheet published as CSV: no extension
      return { body: csv, type: 'text/csv' };
    case '/test-feed/unlabelled':
      return { body: params.get('json') ? JSON.stringify(generateGroups(3)) : csv, type: 'application/octet-stream' };
    case '/test-feed/groups.json':
      return { body: JSON.stringify(generateGroups(n)), type: 'application/json' };
    case '/test-feed/groups-big.csv':
      return { body: groupsCsv(n), type: 'text/csv' };
    case '/test-feed/html/ally-zip-table.bin': // a dev server's page where the ZIP table should be
    case '/test-feed/page.html':
      return { body: '<!doctype html><title>Sheet</title><p>Hello', type: 'text/html' };
    case '/test-feed/empty.json':
      return { body: '[]', type: 'application/json' };
    default:
      return undefined;
  }
}
