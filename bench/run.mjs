// npm run bench: measures dist/ against the budgets and prints one table.
// Benchmarks, not tests: they report figures and mark what is over budget.
import { sizeRows } from './sizes.mjs';

const sections = [['Sizes', async () => sizeRows()]];
/** Reports a benchmark prints after the table (its own tables). */
const afterwards = [];
// Later benchmarks register here (loading, group finder search, first render, hostile feed); each returns rows, and may export after() for more.
// `node bench/run.mjs --sizes` prints the sizes alone (deterministic; what CI shows).
const timed = process.argv.includes('--sizes') ? [] : ['./loading.mjs', './group-finder.mjs', './search-peers.mjs', './first-render.mjs', './hostile-feed.mjs'];
for (const file of timed) {
  try {
    const mod = await import(file);
    sections.push([mod.title, mod.rows]);
    if (mod.after) afterwards.push([mod.title, mod.after]);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}

const format = (v, unit) => (v == null ? '—' : unit === 'B' ? `${(v / 1024).toFixed(2)} KB (${v} B)` : unit === 'ms' ? `${v.toFixed(2)} ms` : unit === 'x' ? `${v.toFixed(2)}×` : `${v}`);
let over = 0;
console.log('| what | measured | budget | |');
console.log('|---|---|---|---|');
for (const [, rows] of sections) {
  for (const row of await rows()) {
    const ok = row.budget == null ? '' : row.value <= row.budget ? 'ok' : 'OVER';
    if (ok === 'OVER') over++;
    console.log(`| ${row.what} | ${format(row.value, row.unit)}${row.note ? ` / ${row.note}` : ''} | ${row.budget == null ? '' : format(row.budget, row.unit)} | ${ok} |`);
  }
}
console.log(over ? `\n${over} figure(s) over budget.` : '\nAll figures within budget.');
for (const [title, after] of afterwards) console.log(`\n## ${title}\n\n${after()}`);
