import { expect } from '@open-wc/testing';
import { byDistance, decodeZipTable, miles, zipPoints } from '../../src/group-finder/geo.js';
import type { Group } from '../../src/group-finder/search.js';

describe('group finder places', () => {
  it('measures great-circle distances in miles', () => {
    // Grand Rapids to Detroit is about 140 miles; Los Angeles to New York about 2,450.
    expect(miles([42.96, -85.67], [42.33, -83.05])).to.be.within(125, 145);
    expect(miles([34.05, -118.24], [40.71, -74.0])).to.be.within(2400, 2500);
    expect(miles([10, 10], [10, 10])).to.equal(0);
  });

  it('decodes the ZIP table (a count, then columns of varint deltas, zigzag coordinates)', () => {
    // 01001 at (42.06, -72.62), 01002 at (42.38, -72.52): built the way scripts/build-zip-table.mjs does.
    const bytes = new Uint8Array([0x02, 0xe9, 0x07, 0x01, 0xdc, 0x41, 0x40, 0xbb, 0x71, 0x14]);
    const map = decodeZipTable(bytes);
    expect(map.get('01001')).to.deep.equal([42.06, -72.62]);
    expect(map.get('01002')).to.deep.equal([42.38, -72.52]);
  });

  it('loads the table and finds real ZIP codes', async () => {
    const points = await zipPoints('/test-feed/', ['49503', '78701', '00000']);
    expect(points.get('49503')![0]).to.be.within(42.9, 43.0);
    expect(points.get('78701')![1]).to.be.within(-97.8, -97.7);
    expect(points.has('00000')).to.equal(false);
  });

  it('orders groups by distance, national ones next, then the rest', () => {
    const g = (name: string, lat?: number, lng?: number, national = false) => ({ name, lat, lng, national }) as Group;
    const list = [g('far', 34, -118), g('nowhere'), g('national', undefined, undefined, true), g('near', 42.9, -85.6)];
    const ordered = byDistance(list, [42.96, -85.67]);
    expect(ordered.map((x) => x.name)).to.deep.equal(['near', 'far', 'national', 'nowhere']);
    expect(ordered[0].distance).to.be.below(10);
  });
});
