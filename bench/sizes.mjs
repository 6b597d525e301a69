// Gzip sizes of dist/ against the budgets of src/widgets.mjs (the same figures
// the size test checks, from scripts/dist-sizes.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { distSizes, gzipSize } from '../scripts/dist-sizes.mjs';

export function sizeRows() {
  const { budgets, loader, widgets } = distSizes();
  const rows = [{ what: 'dist/ally-widgets.js, the loader alone', value: loader, budget: budgets.loader, unit: 'B' }];
  for (const w of widgets) {
    rows.push({ what: `<${w.tag}>: loader + shared core + its own module (${w.closure.length + 1} files)`, value: w.withLoaderAndCore, budget: budgets.loaderCoreWidget, unit: 'B' });
    rows.push({ what: `<${w.tag}>: its own module, without on-demand parts`, value: w.own, budget: w.budget, unit: 'B' });
    rows.push({ what: `<${w.tag}>: its strings, largest language (${w.largestStrings?.locale})`, value: w.largestStrings?.bytes, budget: budgets.strings, unit: 'B' });
    rows.push({ what: `<${w.tag}>: dist/${w.tag}.js, the self-contained single-widget file`, value: w.singleFile, unit: 'B' });
  }
  const coreFile = widgets[0].closure.find((f) => /^chunks\/core-/.test(f));
  if (coreFile) rows.push({ what: `${coreFile.replace(/-[\w-]{8}\.js$/, '.js')}, the shared core`, value: gzipSize(coreFile), unit: 'B' });
  const four = new Set(widgets.slice(0, 4).flatMap((w) => w.closure));
  rows.push({ what: `the first four widgets: loader + core + their modules (before what they load at first render)`, value: loader + [...four].reduce((s, f) => s + gzipSize(f), 0), unit: 'B' });
  const imported = new Set(widgets.flatMap((w) => w.closure));
  for (const file of [...imported].filter((f) => f !== coreFile && !widgets.some((w) => w.module === f))) {
    const users = widgets.filter((w) => w.closure.includes(file)).map((w) => w.tag.replace(/^ally-/, ''));
    rows.push({ what: `${file.replace(/-[\w-]{8}\.js$/, '.js')}, shared by ${users.join(', ')}`, value: gzipSize(file), unit: 'B' });
  }
  for (const file of readdirSync('dist/chunks').filter((f) => !imported.has(`chunks/${f}`) && !/^ally-/.test(f))) {
    rows.push({ what: `dist/chunks/${file.replace(/-[\w-]{8}\.js$/, '.js')} (loaded on demand)`, value: gzipSize(`chunks/${file}`), unit: 'B' });
  }
  if (existsSync('dist/ally-zip-table.bin')) {
    rows.push({ what: 'ZIP table, dist/ally-zip-table.bin, every ZIP code in one file, fetched whole on the first ZIP search', value: gzipSize('ally-zip-table.bin'), unit: 'B' });
  }
  rows.push({ what: 'dist/embed.js (the iframe fallback)', value: gzipSize('embed.js'), unit: 'B' });
  return rows;
}
