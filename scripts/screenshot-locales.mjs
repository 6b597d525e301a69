// Screenshots every widget of demo/languages.html in every shipped language, one
// PNG per widget (each step of the response plan too), for looking at: overflow,
// missing glyphs (tofu), untranslated text. Also lists anything sticking out of a widget's box.
//   node scripts/screenshot-locales.mjs [width=360] [locale …]  → .tmp/locales/<locale>-<width>-<n>-<tag>.png
// (320 for the narrowest phones, 1280 for a laptop). PORT=… picks the local port (default: a random one from 8900); the
// server listens on 127.0.0.1 only.
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChrome, chromeArgs } from './chrome-path.mjs';

const [width = '360', ...only] = process.argv.slice(2);
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = only.length ? only : [config.sourceLocale, ...config.targetLocales];
mkdirSync('.tmp/locales', { recursive: true });
const port = Number(process.env.PORT) || 8900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });

/** Tall widgets are cut into pieces of at most 1000 px, small enough to read. */
async function shoot(page, widget, name) {
  const box = await widget.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  // A viewport as tall as the widget: parts painted only on screen (content-visibility: auto) show.
  await page.setViewport({ width: page.viewport().width, height: Math.max(900, Math.ceil(box.height)) });
  await widget.evaluate((el) => el.scrollIntoView());
  await new Promise((r) => setTimeout(r, 200));
  const pieces = Math.max(1, Math.ceil((box.height - 1) / 1000));
  for (let p = 0; p < pieces; p++) {
    const clip = { x: box.x, y: box.y + p * 1000, width: box.width, height: Math.min(1000, box.height - p * 1000) };
    await page.screenshot({ path: `.tmp/locales/${name}${pieces > 1 ? `-${p + 1}` : ''}.png`, clip, captureBeyondViewport: true });
  }
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900 });
  for (const locale of locales) {
    await page.goto(`http://127.0.0.1:${port}/demo/languages.html?lang=${locale}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    const widgets = await page.$$('main > *');
    for (const [i, widget] of widgets.entries()) {
      const tag = await widget.evaluate((el) => el.localName);
      // Widgets far down the page load their data when they come near the screen (the group finder).
      await widget.evaluate((el) => el.scrollIntoView());
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000 }).catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      await shoot(page, widget, `${locale}-${width}-${i}-${tag}`);
      // Text or controls sticking out of the widget's box (a long word that does not wrap).
      const outside = await widget.evaluate((host) => {
        const box = host.getBoundingClientRect();
        const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        return all(host.shadowRoot ?? host)
          .filter((el) => el.getClientRects().length && getComputedStyle(el).position !== 'fixed')
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.right > box.right + 1 || r.left < box.left - 1;
          })
          .map((el) => `${el.localName}.${el.className || ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`);
      });
      if (outside.length) console.log(`  ${tag}: outside the widget: ${outside.slice(0, 5).join('; ')}`);
      // The response plan shows one step at a time: photograph each.
      if (tag === 'ally-response-plan') {
        const next = () => widget.evaluate((el) => {
          const button = el.shadowRoot.querySelector('[part~="nav"] .primary');
          button?.click();
          return !!button;
        });
        for (let step = 2; await next(); step++) {
          await new Promise((r) => setTimeout(r, 100));
          await shoot(page, widget, `${locale}-${width}-${i}-${tag}-step${step}`);
        }
      }
    }
    console.log(`${locale} at ${width} px: ${widgets.length} widgets${overflow ? ' — HORIZONTAL OVERFLOW' : ''}`);
  }
} finally {
  await browser.close();
  server.kill();
}
