/**
 * Privacy, tested: after a visitor has typed distinctive values into a widget, none of
 * them may be anywhere the page could keep or send it.
 */
import { expect } from '@open-wc/testing';
import type { PageWindow } from './harness.js';

/** A test page that also records console lines (test/pages/record-console.js). */
export interface RecordingPage extends PageWindow {
  __console: string[];
}

/** Everything a page could keep or send that a test can read back, by where it is. */
export async function traces(win: RecordingPage, events: string[]): Promise<Record<string, string>> {
  const storage = (s: Storage) => JSON.stringify(Object.entries(s));
  return {
    requests: JSON.stringify(win.performance.getEntriesByType('resource').map((e) => e.name)),
    'beacons, sockets, peer connections': JSON.stringify(win.__network),
    localStorage: storage(win.localStorage),
    sessionStorage: storage(win.sessionStorage),
    cookies: win.document.cookie,
    indexedDB: JSON.stringify((await win.indexedDB.databases?.()) ?? []),
    caches: JSON.stringify(win.caches ? await win.caches.keys() : []),
    'page URL': win.location.href + win.history.length,
    'event details': events.join('\n'),
    console: win.__console.join('\n'),
    'errors and CSP violations': win.__errors.join('\n') + win.__violations.join('\n'),
  };
}

/** Fails naming the value and the place when any needle is found; also when the page had an error, a CSP violation or a request to another origin. */
export async function expectNoTrace(win: RecordingPage, events: string[], needles: string[]): Promise<void> {
  const found = await traces(win, events);
  for (const [where, text] of Object.entries(found)) {
    for (const needle of needles) expect(text.includes(needle), `"${needle}" found in ${where}: ${text.slice(0, 300)}`).to.equal(false);
  }
  expect(found['errors and CSP violations'], 'errors and CSP violations').to.equal('');
  const origin = win.location.origin;
  const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
  expect(requests.filter((url) => new URL(url).origin !== origin), 'requests to other origins').to.deep.equal([]);
}
