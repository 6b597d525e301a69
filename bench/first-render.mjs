// npm run bench (auto-loaded by bench/run.mjs): first render of every widget
// dist/ally-widgets.js defines, on one page, against the same content as
// plain static HTML, in the same run, at 4× CPU slowdown (budget: ≤ 1.5×).
//
// What is measured: main-thread busy time of the page's renderer — the sum of
// its tasks (CDP Performance.getMetrics "TaskDuration": parsing, script,
// style, layout, paint) — from navigation until every widget has rendered and
// two frames have passed. The static page is a snapshot of the rendered
// widgets as declarative shadow DOM (<template shadowrootmode="open"> with
// their styles): the same content and styles, no script. Median of RUNS runs
// each, alternating, in one browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';
import { WIDGETS } from '../src/widgets.mjs';

export const title = 'First render';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RATE = 4;
// The budget is for the first four widgets (the all-in-one baseline defines only those).
const TAGS = ['ally-five-ds', 'ally-rights-card', 'ally-hotline', 'ally-group-finder'].filter((tag) => WIDGETS.some((w) => w.tag === tag));
const EXAMPLES = {
  'ally-five-ds': 'hotline="616-555-0142"',
  'ally-rights-card': 'hotline="616-555-0142" hotline-label="GR Rapid Response"',
  'ally-hotline': 'number="616-555-0142" org="GR Rapid Response" hours="24 hours, 7 days"',
  'ally-group-finder': '',
};
const root = process.cwd();
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv', '.bin': 'application/octet-stream' };

const shell = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title>${head}</head>` +
  `<body><h1>A partner's page</h1><main>${body}</main><p>Text below the widgets.</p></body></html>`;

function widgetPage(tags, script = '/dist/ally-widgets.js') {
  return shell(`<script type="module" src="${script}"></script>`, tags.map((t) => `<section><${t} ${EXAMPLES[t] ?? ''}></${t}></section>`).join(''));
}

function serve(pages) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (pages.has(url.pathname)) return void res.writeHead(200, { 'Content-Type': types['.html'] }).end(pages.get(url.pathname));
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Main-thread task time (ms) from navigation to "rendered" (every widget's part="base", or nothing for the static page), then two frames. */
async function measure(browser, url, tags) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 412, height: 915 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).TaskDuration;
    const before = await metric();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (list) => list.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
      { polling: 50, timeout: 30_000 },
      tags,
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await metric();
    return (after >= before ? after - before : after) * 1000;
  } finally {
    await page.close();
  }
}

export async function rows() {
  const pages = new Map([['/__bench/probe.html', widgetPage(TAGS)]]);
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, '--lang=en-US'] });
  try {
    // Which widgets dist/ally-widgets.js defines today, and their rendered content as static HTML.
    const probe = await browser.newPage();
    await probe.goto(`${origin}/__bench/probe.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    const tags = await probe.evaluate((all) => all.filter((t) => customElements.get(t) && document.querySelector(t).shadowRoot?.querySelector('[part~="base"]')), TAGS);
    const snapshot = await probe.evaluate((list) => {
      return list
        .map((tag) => {
          const el = document.querySelector(tag);
          const css = el.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
          const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
          const inner = el.getHTML({ shadowRoots: [el.shadowRoot] }).replace(/<template shadowrootmode="open"[^>]*>/, (m) => `${m}<style>${css}</style>`);
          return `<section><${tag}${attrs}>${inner}</${tag}></section>`;
        })
        .join('');
    }, tags);
    await probe.close();
    pages.set('/__bench/widgets.html', widgetPage(tags));
    pages.set('/__bench/baseline.html', widgetPage(tags, '/bench/baseline/ally-widgets.js'));
    pages.set('/__bench/static.html', shell('', snapshot));
    pages.set('/__bench/empty.html', shell('', ''));

    const widgetTimes = [];
    const staticTimes = [];
    const emptyTimes = [];
    const baselineTimes = [];
    await measure(browser, `${origin}/__bench/widgets.html`, tags); // warm the HTTP cache and the compiler
    await measure(browser, `${origin}/__bench/baseline.html`, tags);
    for (let i = 0; i < RUNS; i++) {
      widgetTimes.push(await measure(browser, `${origin}/__bench/widgets.html`, tags));
      baselineTimes.push(await measure(browser, `${origin}/__bench/baseline.html`, tags));
      staticTimes.push(await measure(browser, `${origin}/__bench/static.html`, tags));
      emptyTimes.push(await measure(browser, `${origin}/__bench/empty.html`, []));
    }
    const w = median(widgetTimes);
    const s = median(staticTimes);
    const e = median(emptyTimes);
    const b = median(baselineTimes);
    const names = tags.map((t) => t.replace('ally-', '')).join(', ');
    return [
      { what: `first render, ${tags.length} widgets (${names}), 4× CPU: main-thread task time, navigation → rendered (median of ${RUNS})`, value: w, unit: 'ms' },
      { what: `same content as static HTML (declarative shadow DOM, no script), same run`, value: s, unit: 'ms' },
      { what: `first render: widgets ÷ static HTML`, value: w / s, unit: 'x', budget: 1.5 },
      { what: `(for reference) the all-in-one baseline (bench/baseline/), same page, same run`, value: b, unit: 'ms' },
      { what: `(for reference) baseline ÷ static HTML`, value: b / s, unit: 'x' },
      { what: `(for reference) an empty page, same run — the part of both figures that is navigation`, value: e, unit: 'ms' },
      { what: `(for reference) widgets ÷ static HTML, each minus the empty page`, value: (w - e) / Math.max(1, s - e), unit: 'x' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await rows()) console.log(`${row.what}: ${row.unit === 'x' ? row.value.toFixed(2) + '×' : row.value.toFixed(1) + ' ms'}`);
}
