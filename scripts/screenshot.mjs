// Screenshots a page of this repo in headless Chromium, the way a visitor sees it.
//   node scripts/screenshot.mjs <path-or-url> <out.png> [width=1024] [height=768] [--full] [--lang=es] [--pdf]
//   --click=<selector>  clicks that element first (shadow roots pierced with `>>>`, e.g.
//                       'ally-rights-card >>> [part~="flip"]'); repeat the flag to click several in order
// Paths are served from the repo root by a throwaway static server.
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { findChrome, chromeArgs } from './chrome-path.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [target, out, width = '1024', height = '768'] = args.filter((a) => !a.startsWith('--'));
const lang = [...flags].find((f) => f.startsWith('--lang='))?.slice(7);
const port = 8100 + Math.floor(Math.random() * 800);
let server;
let url = target;
if (!/^https?:/.test(target)) {
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  url = `http://localhost:${port}/${target.replace(/^\//, '')}`;
}
const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, lang ? `--lang=${lang}` : '--lang=en-US'] });
try {
  const page = await browser.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[page ${m.type()}]`, m.text()));
  page.on('pageerror', (e) => console.log('[page error]', e.message));
  await page.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  for (const selector of args.filter((a) => a.startsWith('--click=')).map((a) => a.slice(8))) {
    await page.click(selector);
    await new Promise((r) => setTimeout(r, 500));
  }
  if (flags.has('--pdf')) await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  else await page.screenshot({ path: out, fullPage: flags.has('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server?.kill();
}
