// Places and distances, loaded on demand as their own chunk: the first ZIP
// search or "Use my location" loads it. ZIP coordinates come from the
// library's own folder (ally-zip-table-<digit>.bin, built by
// scripts/build-zip-table.mjs); nothing is sent anywhere.
import type { Group } from './search.js';

export type Point = [lat: number, lng: number];

/**
 * Decodes one shard of the ZIP table: varints of ZIP delta, then zigzag
 * deltas of latitude and longitude in hundredths of a degree.
 */
export function decodeZipShard(bytes: Uint8Array, digit: number, into = new Map<string, Point>()): Map<string, Point> {
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
  let zip = digit * 10000;
  let lat = 0;
  let lng = 0;
  while (i < bytes.length) {
    zip += varint();
    lat += signed();
    lng += signed();
    into.set(String(zip).padStart(5, '0'), [lat / 100, lng / 100]);
  }
  return into;
}

const shards = new Map<string, Promise<Map<string, Point>>>();

function shard(base: string, digit: number): Promise<Map<string, Point>> {
  const url = new URL(`ally-zip-table-${digit}.bin`, new URL(base, document.baseURI)).href;
  let loading = shards.get(url);
  if (!loading) {
    loading = fetch(url, { referrerPolicy: 'no-referrer' })
      .then((r) => {
        if (!r.ok) throw new Error(`${url} answered HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buffer) => decodeZipShard(new Uint8Array(buffer), digit));
    // A failed load may be retried on the next search.
    loading.catch(() => shards.delete(url));
    shards.set(url, loading);
  }
  return loading;
}

/** Coordinates of the given ZIP codes that the table knows (loads only the shards they need). */
export async function zipPoints(base: string, zips: Iterable<string>): Promise<Map<string, Point>> {
  const wanted = [...new Set(zips)].filter((z) => /^\d{5}$/.test(z));
  const digits = [...new Set(wanted.map((z) => Number(z[0])))];
  const maps = await Promise.all(digits.map((d) => shard(base, d)));
  const found = new Map<string, Point>();
  for (const zip of wanted) {
    const point = maps[digits.indexOf(Number(zip[0]))].get(zip);
    if (point) found.set(zip, point);
  }
  return found;
}

/** Gives groups that have a ZIP but no coordinates the coordinates of their ZIP's centre. */
export async function placeByZip(base: string, groups: readonly Group[]): Promise<void> {
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
