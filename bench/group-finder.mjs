// Group finder speed, in headless Chromium on the built dist/ files:
// - keystroke → updated results with 10,000 records (median of every keystroke
//   of several typed queries, including Backspace): input event, Lit update,
//   layout of the new results;
// - parsing a 10,000-row CSV into checked groups (d3-dsv + our cleaning),
//   our own modules bundled by esbuild as the browser gets them;
// - the same keystrokes through List.js 2.3.1 (a popular list-search
//   library) on the same records, 20 per page: the ratio says how much faster.
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';
import { generateGroups, groupsCsv } from '../test/group-finder/generate-groups.mjs';

export const title = 'Group finder speed';

const N = 10_000;
// What visitors type, one keystroke at a time ('\b' is Backspace).
const TYPED = ['iglesia fam', 'jose\b\b\b\bmaría', 'legal tex', 'unidos centro', 'houston\b\b\b\b\b\b\bdetroit'];

/** Every intermediate query a visitor's keystrokes produce. */
function keystrokes() {
  const out = [];
  for (const text of TYPED) {
    let q = '';
    for (const ch of text) {
      q = ch === '\b' ? q.slice(0, -1) : q + ch;
      out.push(q);
    }
    out.push('');
  }
  return out;
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function rows() {
  const dir = '.tmp/bench';
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/groups.csv`, groupsCsv(N));
  writeFileSync(`${dir}/groups.json`, JSON.stringify(generateGroups(N)));
  await build({
    stdin: {
      contents: "import { parseCsv } from '../../src/group-finder/csv.ts'; import { fieldName, normalizeGroups } from '../../src/group-finder/data.ts'; window.parseGroups = (t) => normalizeGroups(parseCsv(t, fieldName), true).groups;",
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    minify: process.env.BENCH_MINIFY !== "0",
    format: 'esm',
    target: 'es2022',
    outfile: `${dir}/parse.js`,
    logLevel: 'error',
  });
  writeFileSync(
    `${dir}/finder.html`,
    `<!doctype html><meta charset="utf-8"><script type="module" src="/dist/ally-group-finder.js"></script>
<ally-group-finder src="/${dir}/groups.csv" languages="none"></ally-group-finder>`,
  );
  writeFileSync(
    `${dir}/listjs.html`,
    `<!doctype html><meta charset="utf-8"><script src="/node_modules/list.js/dist/list.min.js"></script>
<div id="groups"><input class="search"><ul class="list"></ul></div>`,
  );
  writeFileSync(`${dir}/parse.html`, `<!doctype html><meta charset="utf-8"><script type="module" src="/${dir}/parse.js"></script>`);

  const port = 8900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
  const base = `http://localhost:${port}/${dir}`;
  const queries = keystrokes();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 900 });

    // 1. Parse a 10,000-row CSV.
    await page.goto(`${base}/parse.html`, { waitUntil: 'networkidle0' });
    const parse = await page.evaluate(async () => {
      const text = await (await fetch('groups.csv')).text();
      const times = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const groups = window.parseGroups(text);
        times.push(performance.now() - t0);
        if (groups.length !== 10000) throw new Error(`parsed ${groups.length} groups`);
      }
      return times;
    });

    // 2. Our element: keystroke → updated results.
    await page.goto(`${base}/finder.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('ally-group-finder')?.shadowRoot?.querySelectorAll('[part~="result"]').length === 20, { timeout: 20_000 });
    const ours = await page.evaluate(async (queries) => {
      const el = document.querySelector('ally-group-finder');
      const input = el.shadowRoot.querySelector('input[type=search]');
      const times = [];
      for (let round = 0; round < 3; round++) {
        for (const q of queries) {
          const t0 = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
          void el.shadowRoot.querySelector('[part~="count"]').offsetHeight; // layout included
          times.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      return times;
    }, queries);

    // 3. List.js on the same records and keystrokes.
    await page.goto(`${base}/listjs.html`, { waitUntil: 'networkidle0' });
    const listjs = await page.evaluate(async (queries) => {
      const records = await (await fetch('groups.json')).json();
      const list = new window.List('groups', {
        valueNames: ['name', 'description', 'city', 'state'],
        item: '<li><h3 class="name"></h3><p class="city"></p><p class="state"></p><p class="description"></p></li>',
        page: 20,
      }, records);
      const times = [];
      for (let round = 0; round < 3; round++) {
        for (const q of queries) {
          const t0 = performance.now();
          list.search(q);
          void document.querySelector('.list').offsetHeight;
          times.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      return times;
    }, queries);

    const keystroke = median(ours);
    const listKeystroke = median(listjs);
    return [
      { what: `group finder: keystroke → updated results, ${N.toLocaleString('en')} records (median of ${ours.length})`, value: keystroke, budget: 16, unit: 'ms' },
      { what: 'group finder: same, 95th percentile', value: [...ours].sort((a, b) => a - b)[Math.floor(ours.length * 0.95)], budget: undefined, unit: 'ms' },
      { what: `group finder: parse a ${N.toLocaleString('en')}-row CSV into groups (median of ${parse.length})`, value: median(parse), budget: 150, unit: 'ms' },
      { what: 'List.js 2.3.1: same keystrokes, same records (median)', value: listKeystroke, budget: undefined, unit: 'ms' },
      { what: 'List.js time ÷ ours (above 1: ours is faster)', value: listKeystroke / keystroke, budget: undefined, unit: 'x' },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
