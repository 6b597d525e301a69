// npm run bench (loaded by bench/run.mjs): loading on a slow phone, side by side
// with the all-in-one build kept in bench/baseline/ (dist/ally-widgets.js before
// it became a loader), in one run.
//
// Each page is loaded in a fresh browser context (empty cache) under Chromium's
// network emulation (400 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and
// 4× CPU slowdown, from a local HTTPS server that speaks HTTP/2 and gzips, like
// a CDN (a throwaway self-signed certificate, made with openssl). Measured: the
// time from navigation until the call link (or the last of the widgets) is
// visible, and the gzip bytes of the library's files the page downloaded by then
// and until the network is quiet. Pages, each against the baseline:
//   (a) only <ally-hotline>, through dist/ally-widgets.js (the loader)
//   (b) only <ally-hotline>, through dist/ally-hotline.js
//   (c) the four widgets, through dist/ally-widgets.js
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';
import { BUDGETS } from '../src/widgets.mjs';

export const title = 'Loading on a slow phone';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RTT = 400;
const FOUR = ['ally-five-ds', 'ally-rights-card', 'ally-hotline', 'ally-group-finder'];
const EXAMPLES = {
  'ally-five-ds': 'hotline="616-555-0142"',
  'ally-rights-card': 'hotline="616-555-0142" hotline-label="GR Rapid Response"',
  'ally-hotline': 'number="616-555-0142" org="GR Rapid Response" hours="24 hours, 7 days"',
  'ally-group-finder': '',
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream' };

const page = (script, tags) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title>` +
  `<script type="module" src="${script}"></script></head><body><h1>A partner's page</h1><main>` +
  tags.map((t) => `<section><${t} ${EXAMPLES[t]}></${t}></section>`).join('') +
  `</main><p>Text below the widgets.</p></body></html>`;

const PAGES = {
  'a.html': page('/dist/ally-widgets.js', ['ally-hotline']),
  'b.html': page('/dist/ally-hotline.js', ['ally-hotline']),
  'c.html': page('/dist/ally-widgets.js', FOUR),
  'baseline-hotline.html': page('/bench/baseline/ally-widgets.js', ['ally-hotline']),
  'baseline-four.html': page('/bench/baseline/ally-widgets.js', FOUR),
};

/** A self-signed certificate for 127.0.0.1, made once in .tmp/. */
function certificate() {
  const dir = '.tmp/bench-cert';
  mkdirSync(dir, { recursive: true });
  try {
    return { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };
  } catch {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=127.0.0.1', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`], { stdio: 'ignore' });
    return { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };
  }
}

function serve() {
  const root = process.cwd();
  const cache = new Map();
  const server = createSecureServer({ ...certificate(), allowHTTP1: true }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = url.pathname.replace('/__bench/', '');
    let body;
    let type = types['.html'];
    if (url.pathname.startsWith('/__bench/') && PAGES[name]) body = Buffer.from(PAGES[name]);
    else {
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) return void res.writeHead(403).end();
      try {
        if (!(await stat(path)).isFile()) throw new Error('not a file');
        body = await readFile(path);
        type = types[extname(path)] ?? 'application/octet-stream';
      } catch {
        return void res.writeHead(404).end();
      }
    }
    const key = url.pathname;
    if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' }).end(cache.get(key));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, cache })));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold load: ms from navigation until `tags` are visible (the hotline: its call link), and the library's gzip bytes. */
async function load(browser, origin, name, tags, cache) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 412, height: 915 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const files = new Set();
    tab.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/dist/') || path.startsWith('/bench/baseline/')) files.add(path);
    });
    await tab.goto(`${origin}/__bench/${name}`, { waitUntil: 'domcontentloaded' });
    const visible = await tab.waitForFunction(
      (list) => {
        const shown = (el) => !!el && el.getBoundingClientRect().height > 0;
        const ok = list.every((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return tag === 'ally-hotline' ? shown(root?.querySelector('[part~="call"]')) : shown(root?.querySelector('[part~="base"]'));
        });
        return ok && performance.now();
      },
      { polling: 'raf', timeout: 60_000 },
      tags,
    );
    const ms = await visible.jsonValue();
    const atVisible = [...files];
    await tab.waitForNetworkIdle({ idleTime: 1000, timeout: 30_000 }).catch(() => undefined);
    const gz = (list) => list.reduce((sum, path) => sum + (cache.get(path)?.length ?? 0), 0);
    return { ms, bytesVisible: gz(atVisible), bytesAll: gz([...files]), requests: files.size };
  } finally {
    await context.close();
  }
}

export async function rows() {
  const { server, cache } = await serve();
  const origin = `https://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), acceptInsecureCerts: true, args: [...chromeArgs, '--lang=en-US', '--ignore-certificate-errors'] });
  const runs = Object.fromEntries(Object.keys(PAGES).map((n) => [n, []]));
  const tagsOf = (n) => (n.includes('four') || n === 'c.html' ? FOUR : ['ally-hotline']);
  try {
    for (const n of Object.keys(PAGES)) await load(browser, origin, n, tagsOf(n), cache); // fill the server's gzip cache, warm the compiler
    for (let i = 0; i < RUNS; i++) for (const n of Object.keys(PAGES)) runs[n].push(await load(browser, origin, n, tagsOf(n), cache));
  } finally {
    await browser.close();
    server.close();
  }
  const m = (n, key) => median(runs[n].map((r) => r[key]));
  const row = (label, n, base, budget) => [
    { what: `${label}: navigation → ${base === 'baseline-four.html' ? 'last widget' : 'call link'} visible (median of ${RUNS})`, value: m(n, 'ms'), unit: 'ms' },
    { what: `… the all-in-one baseline, same page, same run`, value: m(base, 'ms'), unit: 'ms' },
    { what: `… difference (new − baseline; one round trip is ${RTT} ms)`, value: m(n, 'ms') - m(base, 'ms'), unit: 'ms' },
    { what: `… library bytes downloaded (gzip), new / baseline`, value: m(n, 'bytesAll'), unit: 'B', note: `${(m(base, 'bytesAll') / 1024).toFixed(2)} KB`, budget },
  ];
  return [
    ...row('(a) <ally-hotline> through ally-widgets.js (loader)', 'a.html', 'baseline-hotline.html'),
    ...row('(b) <ally-hotline> through ally-hotline.js', 'b.html', 'baseline-hotline.html'),
    // The page's budget counts what it downloads to show the four widgets, what they load at first render included.
    ...row('(c) four widgets through ally-widgets.js (loader)', 'c.html', 'baseline-four.html', BUDGETS.fourWidgetPage),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await rows()) console.log(`${r.what}: ${r.unit === 'B' ? `${(r.value / 1024).toFixed(2)} KB / ${r.note}` : `${r.value.toFixed(0)} ms`}`);
}
