// Places and distances, loaded on demand as their own chunk: the first ZIP
// search or "Use my location" loads it. ZIP coordinates come from the
// library's own copy of the table (zip-table.ts; in dist/, the file
// ally-zip-table.bin beside the script, built by scripts/build-zip-table.mjs):
// one table for every ZIP code, loaded whole, so the request never depends on
// what was typed; nothing is sent anywhere.
import type { Group } from './search.js';
import { bundledZipTable } from './zip-table.js';

export type Point = [lat: number, lng: number];

/**
 * Decodes the ZIP table: a varint count n, then n varint ZIP deltas, then n
 * zigzag-varint latitude deltas and n longitude deltas, in hundredths of a degree.
 */
export function decodeZipTable(bytes: Uint8Array): Map<string, Point> {
  let i = 0;
  const varint = () => {
    let n = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[i++];
      n += (b & 127) * scale;
      scale *= 128;
    } while (b & 128 && i < bytes.length);
    return n;
  };
  const signed = () => {
    const n = varint();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  };
  const n = Math.min(varint(), bytes.length);
  const zips = new Int32Array(n);
  const lats = new Int32Array(n);
  for (let k = 0, zip = 0; k < n; k++) zips[k] = zip += varint();
  for (let k = 0, lat = 0; k < n; k++) lats[k] = lat += signed();
  const table = new Map<string, Point>();
  for (let k = 0, lng = 0; k < n; k++) {
    lng += signed();
    table.set(String(zips[k]).padStart(5, '0'), [lats[k] / 100, lng / 100]);
  }
  return table;
}

const tables = new Map<string, Promise<Map<string, Point>>>();

/** Fetches the table's bytes; a server's error or HTML page in its place (a missing file under an app's dev server) is an error, never a table. */
async function fetchTable(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type)) throw new Error(`${url} answered ${type}, not the ZIP code table`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The whole table (loaded once per page, whichever ZIP code is asked for):
 * from the folder `base` when given (`AllyGroupFinder.zipTableBase`), else
 * the library's own copy.
 */
function zipTable(base?: string): Promise<Map<string, Point>> {
  const key = base ?? '';
  let loading = tables.get(key);
  if (!loading) {
    loading = (base ? Promise.resolve(new URL('ally-zip-table.bin', new URL(base, document.baseURI)).href) : bundledZipTable())
      .then((source) => (typeof source == 'string' ? fetchTable(source) : source))
      .then((bytes) => {
        const table = decodeZipTable(bytes);
        // Some 33,000 ZIP codes: anything far smaller is not the table.
        if (table.size < 1000) throw new Error('the ZIP code table is not valid');
        return table;
      });
    // A failed load may be retried on the next search.
    loading.catch(() => tables.delete(key));
    tables.set(key, loading);
  }
  return loading;
}

/** Coordinates of the given ZIP codes that the table knows. */
export async function zipPoints(base: string | undefined, zips: Iterable<string>): Promise<Map<string, Point>> {
  const table = await zipTable(base);
  const found = new Map<string, Point>();
  for (const zip of zips) {
    const point = /^\d{5}$/.test(zip) ? table.get(zip) : undefined;
    if (point) found.set(zip, point);
  }
  return found;
}

/** Gives groups that have a ZIP but no coordinates the coordinates of their ZIP's centre. */
export async function placeByZip(base: string | undefined, groups: readonly Group[]): Promise<void> {
  const unplaced = groups.filter((g) => g.lat === undefined && g.zip);
  if (!unplaced.length) return;
  const points = await zipPoints(base, unplaced.map((g) => g.zip));
  for (const g of unplaced) {
    const p = points.get(g.zip);
    if (p) [g.lat, g.lng] = p;
  }
}

/** Great-circle distance in miles (haversine). */
export function miles(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Groups ordered for a visitor at `origin`: those with coordinates nearest
 * first (each gets `distance`), then the rest in their original order
 * (national organisations first among them, as they serve everywhere).
 */
export function byDistance(groups: readonly Group[], origin: Point): Group[] {
  const placed: Group[] = [];
  const national: Group[] = [];
  const rest: Group[] = [];
  for (const g of groups) {
    if (g.lat !== undefined && g.lng !== undefined) {
      g.distance = miles(origin, [g.lat, g.lng]);
      placed.push(g);
    } else {
      g.distance = undefined;
      (g.national ? national : rest).push(g);
    }
  }
  return [...placed.sort((x, y) => x.distance! - y.distance!), ...national, ...rest];
}

/** The visitor's position, asked for only when they press "Use my location"; it stays in the page. */
export function locate(): Promise<Point> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition((p) => resolve([p.coords.latitude, p.coords.longitude]), reject, {
      enableHighAccuracy: false,
      maximumAge: 600_000,
      timeout: 20_000,
    }),
  );
}
