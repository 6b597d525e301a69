// Screenshots every widget of demo/languages.html in every shipped language, one
// PNG per widget, for looking at: overflow, missing glyphs (tofu), untranslated text.
//   node scripts/screenshot-locales.mjs [width=360] [locale …]  → .tmp/locales/<locale>-<width>-<n>-<tag>.png
// PORT=… picks the local port (default: a random one from 8900).
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChrome, chromeArgs } from './chrome-path.mjs';

const [width = '360', ...only] = process.argv.slice(2);
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = only.length ? only : [config.sourceLocale, ...config.targetLocales];
mkdirSync('.tmp/locales', { recursive: true });
const port = Number(process.env.PORT) || 8900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900 });
  for (const locale of locales) {
    await page.goto(`http://localhost:${port}/demo/languages.html?lang=${locale}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    const widgets = await page.$$('main > *');
    for (const [i, widget] of widgets.entries()) {
      const tag = await widget.evaluate((el) => el.localName);
      // Tall widgets are cut into pieces of at most 1000 px, small enough to read.
      const box = await widget.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
      });
      const pieces = Math.ceil(box.height / 1000);
      for (let p = 0; p < pieces; p++) {
        const clip = { x: box.x, y: box.y + p * 1000, width: box.width, height: Math.min(1000, box.height - p * 1000) };
        const name = `${locale}-${width}-${i}-${tag}${pieces > 1 ? `-${p + 1}` : ''}.png`;
        await page.screenshot({ path: `.tmp/locales/${name}`, clip, captureBeyondViewport: true });
      }
    }
    console.log(`${locale}: ${widgets.length} widgets${overflow ? ' — HORIZONTAL OVERFLOW' : ''}`);
  }
} finally {
  await browser.close();
  server.kill();
}
