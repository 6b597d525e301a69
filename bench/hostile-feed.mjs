// npm run bench (auto-loaded by bench/run.mjs): a hostile feed must not freeze
// the partner's page (budget: longest main-thread task ≤ 50 ms with a hostile
// 5 MB feed). Pages built from dist/ in headless Chromium, each with an
// <ally-hotline> and an <ally-group-finder> whose `src` is:
//   - the "freeze page" CSV a red-team pass found (one row whose website is
//     `https://` + 160,000 × `a` + ` x`), which froze the page for 20–28 s;
//   - 125 such rows of 40,000 characters (4.9 MB);
//   - 5 MB of ordinary rows (about 17,000 groups as CSV, 11,000 as JSON).
// While the feed loads, the hotline's call link is clicked every 25 ms through
// the browser's input pipeline (CDP), and the page records, for each click,
// the time from the input event to its `ally-call` event. The longest
// main-thread task comes from a Chromium trace (RunTask events on the page's
// main thread) between adding the group finder and its results showing.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';
import { generateGroups, groupsCsv } from '../test/group-finder/generate-groups.mjs';

export const title = 'Hostile feed';

const root = process.cwd();
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv', '.bin': 'application/octet-stream' };

/** The feeds, by path: [what, body, content type]. */
function feeds() {
  const freeze = `name,website\nA,https://${'a'.repeat(160_000)} x\n`;
  const hostileRow = (i) => `A${i},https://${'a'.repeat(40_000)} x\n`;
  const hostile = `name,website\n${Array.from({ length: 125 }, (_, i) => hostileRow(i)).join('')}`;
  // As many ordinary rows as fit in 5 MB, the most a feed may be.
  const json = generateGroups(20_000);
  let n = 20_000;
  while (groupsCsv(n).length > 5 * 1024 * 1024 - 1000) n -= 250;
  let m = n;
  while (JSON.stringify(json.slice(0, m)).length > 5 * 1024 * 1024 - 1000) m -= 250;
  return new Map([
    ['/__bench/freeze.csv', ['the freeze page: one row, a 160,000-character website', freeze, 'text/csv']],
    ['/__bench/hostile.csv', [`125 rows with a 40,000-character website (${(hostile.length / 1e6).toFixed(1)} MB)`, hostile, 'text/csv']],
    ['/__bench/big.csv', [`${n.toLocaleString('en')} ordinary rows, CSV (${(groupsCsv(n).length / 1e6).toFixed(1)} MB)`, groupsCsv(n), 'text/csv']],
    ['/__bench/big.json', [`${m.toLocaleString('en')} ordinary rows, JSON (${(JSON.stringify(json.slice(0, m)).length / 1e6).toFixed(1)} MB)`, JSON.stringify(json.slice(0, m)), 'application/json']],
  ]);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Freeze page</title>
<script type="module" src="/dist/ally-widgets.js"></script></head>
<body><ally-hotline number="616-555-0142" languages="none"></ally-hotline><div id="finder"></div></body></html>`;

function serve(pages) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = pages.get(url.pathname);
    if (page) return void res.writeHead(200, { 'Content-Type': page[1] }).end(page[0]);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(await readFile(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The longest RunTask on the page renderer's main thread in a trace, in ms:
 * wall time (`dur`), and the thread's own CPU time in it (`tdur`), which a
 * busy machine's other processes do not inflate.
 */
function longestTask(trace) {
  const events = JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
  // The page's renderer process(es), from the trace's own list of frames.
  const pids = new Set(events.filter((e) => e.name === 'TracingStartedInBrowser').flatMap((e) => (e.args?.data?.frames ?? []).map((f) => f.processId)));
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!pids.size || pids.has(e.pid))).map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const wall = tasks.reduce((a, e) => (e.dur > (a?.dur ?? -1) ? e : a), undefined);
  const cpu = tasks.reduce((a, e) => ((e.tdur ?? 0) > (a?.tdur ?? -1) ? e : a), undefined);
  if (process.env.BENCH_DEBUG && cpu) {
    const inside = events.filter((e) => e.pid === cpu.pid && e.tid === cpu.tid && e.ph === 'X' && e.ts >= cpu.ts && e.ts + (e.dur ?? 0) <= cpu.ts + cpu.dur && e !== cpu && e.dur > 2000);
    console.error(`longest (cpu ${(cpu.tdur / 1000).toFixed(1)} ms):\n` + inside.map((e) => `  ${e.name} ${(e.dur / 1000).toFixed(1)} ${e.args?.data?.functionName ?? e.args?.data?.url ?? ''}`).join('\n'));
  }
  return { wall: (wall?.dur ?? 0) / 1000, cpu: (cpu?.tdur ?? 0) / 1000 };
}

async function measure(browser, origin, feed) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 800, height: 900 });
    await page.goto(`${origin}/__bench/page.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('ally-hotline')?.shadowRoot?.querySelector('[part~="call"]'), { timeout: 20_000 });
    const box = await page.evaluate(() => {
      window.__delays = [];
      // The visitor stays on the page; the tap's input time is the click event's timeStamp.
      document.addEventListener('click', (e) => {
        window.__clickAt = e.timeStamp;
        e.preventDefault();
      }, true);
      document.addEventListener('ally-call', () => window.__delays.push(performance.now() - window.__clickAt));
      const r = document.querySelector('ally-hotline').shadowRoot.querySelector('[part~="call"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const started = Date.now();
    await page.evaluate((src) => {
      const finder = document.createElement('ally-group-finder');
      finder.setAttribute('src', src);
      finder.setAttribute('languages', 'none');
      document.getElementById('finder').append(finder);
    }, feed);
    const loaded = () =>
      page.evaluate(() => {
        const count = document.querySelector('ally-group-finder')?.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '';
        return count !== '' && !/Loading/.test(count);
      });
    let clicks = 0;
    while (!(await loaded()) && Date.now() - started < 120_000) {
      await page.mouse.click(box.x, box.y);
      clicks++;
      await new Promise((r) => setTimeout(r, 25));
    }
    const elapsed = Date.now() - started;
    const trace = await page.tracing.stop();
    const delays = await page.evaluate(() => window.__delays);
    const count = await page.evaluate(() => document.querySelector('ally-group-finder').shadowRoot.querySelector('[part~="count"]').textContent.trim());
    return { longest: longestTask(trace), delays, clicks, elapsed, count };
  } finally {
    await page.close();
  }
}

export async function rows() {
  const all = feeds();
  const pages = new Map([['/__bench/page.html', [PAGE, types['.html']]], ...[...all].map(([path, [, body, type]]) => [path, [body, type]])]);
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, '--lang=en-US'] });
  const out = [];
  try {
    await measure(browser, origin, '/__bench/freeze.csv'); // warm the HTTP cache and the compiler
    for (const [path, [what]] of all) {
      if (process.env.BENCH_ONLY && !path.includes(process.env.BENCH_ONLY)) continue;
      const r = await measure(browser, origin, path);
      const max = r.delays.length ? Math.max(...r.delays) : undefined;
      out.push({ what: `hostile feed, ${what}: longest main-thread task while it loads, its CPU time (feed shown after ${r.elapsed} ms: "${r.count.replace(/[\u2066\u2069]/g, '')}")`, value: r.longest.cpu, budget: 50, unit: 'ms' });
      out.push({ what: '… the same task, wall-clock (includes time other processes had the CPU)', value: r.longest.wall, budget: undefined, unit: 'ms' });
      out.push({ what: `… meanwhile a hotline tap → ally-call, slowest of ${r.delays.length} taps (of ${r.clicks} sent)`, value: max, budget: 100, unit: 'ms' });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await rows()) console.log(`${row.what}: ${row.value == null ? '—' : row.value.toFixed(1) + ' ms'}${row.budget ? ` (budget ${row.budget} ms)` : ''}`);
}
