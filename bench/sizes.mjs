// Gzip sizes of every file in dist/ against SPEC §5's budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entries, LOCALE_BUDGET } from '../scripts/entries.mjs';
import config from '../lit-localize.json' with { type: 'json' };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function sizeRows() {
  const rows = entries.map(({ name, budget }) => {
    const file = `dist/${name}.js`;
    return { what: `${file} (min+gzip)`, value: gz(file), budget, unit: 'B' };
  });
  // One locale's strings: all.json is what dist/ally-widgets.js fetches for that
  // language (every widget); a single-widget entry fetches only its own file.
  for (const locale of config.targetLocales) {
    const dir = `dist/locales/${locale}`;
    let files = [];
    try {
      files = readdirSync(dir).filter((f) => f !== 'all.json');
    } catch {
      continue;
    }
    const largest = Math.max(...files.map((f) => gz(join(dir, f))));
    rows.push({ what: `locale ${locale}: every widget's strings, all.json (gzip); largest single widget's ${(largest / 1024).toFixed(2)} KB`, value: gz(join(dir, 'all.json')), budget: LOCALE_BUDGET, unit: 'B' });
  }
  const chunks = readdirSync('dist/chunks').map((f) => join('dist/chunks', f));
  for (const file of chunks.filter((f) => f.includes('/ally-widgets-'))) {
    rows.push({ what: `${file.replace(/-[\w-]{8}\.js$/, '.js')} (loaded on demand)`, value: gz(file), budget: undefined, unit: 'B' });
  }
  if (existsSync('dist/ally-zip-table.bin')) {
    rows.push({ what: 'ZIP table, dist/ally-zip-table.bin, every ZIP code in one file, fetched whole on the first ZIP search (gzip)', value: gz('dist/ally-zip-table.bin'), budget: undefined, unit: 'B' });
  }
  const other = readdirSync('dist').filter((f) => statSync(join('dist', f)).isFile() && !/\.bin$/.test(f) && !entries.some((e) => `${e.name}.js` === f));
  for (const f of other) rows.push({ what: `dist/${f} (gzip)`, value: gz(join('dist', f)), budget: undefined, unit: 'B' });
  return rows;
}
