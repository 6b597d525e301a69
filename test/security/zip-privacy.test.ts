/**
 * Nothing typed leaves the page, not even a ZIP code's region: the requests a
 * ZIP search makes are the same whatever ZIP code is typed (one table for all
 * ZIP codes, fetched whole, once).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/group-finder/ally-group-finder.js';
import { AllyGroupFinder } from '../../src/group-finder/group-finder.component.js';
import { fixtureIn, shadow, textOf } from '../helpers.js';

const ROWS = [
  { name: 'Grand Rapids group', city: 'Grand Rapids', state: 'MI', zip: '49503' },
  { name: 'Brooklyn group', city: 'Brooklyn', state: 'NY', lat: 40.68, lng: -73.94 },
  { name: 'San Francisco group', city: 'San Francisco', state: 'CA', lat: 37.76, lng: -122.42 },
];

describe('ZIP code privacy', () => {
  const original = AllyGroupFinder.zipTableBase;
  before(() => {
    AllyGroupFinder.zipTableBase = new URL('/test-feed/', location.href).href;
  });
  after(() => {
    AllyGroupFinder.zipTableBase = original;
  });

  it('makes the same requests for 10001 as for 94110: one table for every ZIP code', async () => {
    const el = await fixtureIn<AllyGroupFinder>(html`<ally-group-finder><script type="application/json">${JSON.stringify(ROWS)}</script></ally-group-finder>`);
    await waitUntil(() => shadow(el).querySelectorAll('[part~="result"]').length === 3, 'no results', { timeout: 5000 });
    const zipRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => path.startsWith('/test-feed/'));
    const first = () => shadow(el).querySelector('[part~="result-name"]')?.textContent?.trim();
    const type = async (text: string) => {
      const input = shadow(el).querySelector<HTMLInputElement>('[part~="input"]')!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };

    await type('10001');
    await waitUntil(() => textOf(el).includes('away') && first() === 'Brooklyn group', 'no distances from 10001', { timeout: 5000 });
    const after10001 = zipRequests();
    await type('94110');
    await waitUntil(() => first() === 'San Francisco group', 'no distances from 94110', { timeout: 5000 });
    await type('49503');
    await waitUntil(() => first() === 'Grand Rapids group', 'no distances from 49503', { timeout: 5000 });
    expect(after10001, 'one request').to.deep.equal(['/test-feed/ally-zip-table.bin']);
    expect(zipRequests(), 'nothing more, whatever ZIP code was typed next').to.deep.equal(after10001);
  });
});
