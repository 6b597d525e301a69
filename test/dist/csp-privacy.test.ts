/**
 * Strict CSP + Trusted Types, and privacy, with the built
 * dist/ally-widgets.js in a plain partner page (test/pages/widgets.csp.html,
 * served with STRICT_CSP). Each widget is clicked, typed into and flipped
 * through (QR code, print, show-to-officer, language menu …); afterwards the
 * page must have seen no CSP or Trusted Types violation, no error, no request
 * to another origin, and no cookie, storage, IndexedDB, cache or service worker.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { definedTags, exercise, forEachCase, openPage, primaryOf } from './harness.js';

const defined = await definedTags();

interface StorageSnapshot {
  cookie: string;
  local: string[];
  session: string[];
  idb: string[];
  caches: string[];
  workers: number;
}

async function snapshot(win: Window): Promise<StorageSnapshot> {
  return {
    cookie: win.document.cookie,
    local: Object.keys(win.localStorage).sort(),
    session: Object.keys(win.sessionStorage).sort(),
    idb: ((await win.indexedDB.databases?.()) ?? []).map((d) => String(d.name)).sort(),
    caches: win.caches ? (await win.caches.keys()).sort() : [],
    workers: win.navigator.serviceWorker ? (await win.navigator.serviceWorker.getRegistrations()).length : 0,
  };
}

describe('dist/ally-widgets.js under a strict CSP with Trusted Types, and privacy', () => {
  // The test page shares its origin with the iframe: anything already stored there is not ours.
  let baseline: StorageSnapshot;
  before(async () => {
    baseline = await snapshot(window);
  });

  forEachCase(
    defined,
    (c) => `${c.id}: renders and works with zero violations, sends nothing anywhere, stores nothing`,
    async (c) => {
      const page = await openPage('widgets.csp.html', [c]);
      try {
        const [el] = page.widgets;
        expect(primaryOf(el, c), `primary action (${c.primary.join(' | ')})`).to.exist;
        const log = await exercise(el);
        expect(log.length, "controls used").to.be.greaterThan(0);

        // Strict CSP + Trusted Types: nothing blocked, nothing thrown.
        expect(page.win.__violations, `CSP violations after: ${log.join('; ')}`).to.deep.equal([]);
        expect(page.win.__errors, 'errors').to.deep.equal([]);

        // Privacy: every request went to the page's own origin, none carried what was typed.
        const origin = page.win.location.origin;
        const requests = page.win.performance.getEntriesByType('resource').map((e) => e.name);
        expect(requests.filter((url) => new URL(url).origin !== origin), 'requests to other origins').to.deep.equal([]);
        expect(requests.filter((url) => /maria|90012/i.test(url)), 'requests carrying typed text').to.deep.equal([]);
        expect(page.win.__network, 'beacons, sockets, event sources, peer connections').to.deep.equal([]);
        expect(page.win.__navigations.filter((url) => !/^(tel|sms|mailto):/.test(url) && new URL(url).origin === origin), 'same-page navigations').to.deep.equal([]);

        // Nothing stored.
        expect(await snapshot(page.win)).to.deep.equal(baseline);
        expect(page.win.document.cookie, 'cookies').to.equal('');
      } finally {
        page.close();
      }
    },
  );

  it('the strict policy really is enforced on these pages (an inline style attribute is refused)', async () => {
    const page = await openPage('widgets.csp.html', 'none');
    try {
      const probe = page.doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      page.doc.body.append(probe);
      // The violation is reported by an event: wait for it (a generous limit, not a timing assertion).
      await waitUntil(() => page.win.__violations.join('\n').includes('style-src'), 'no style-src violation reported', { timeout: 8000 });
      expect(() => {
        (page.doc.createElement('div') as HTMLElement).innerHTML = '<b>x</b>';
      }, 'Trusted Types blocks innerHTML strings').to.throw();
    } finally {
      page.close();
    }
  });
});
