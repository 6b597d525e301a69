// Screenshots every widget in every shipped language, for looking at: overflow,
// missing glyphs (tofu), untranslated text.
//   node scripts/screenshot-locales.mjs [width=360] [locale …]   → .tmp/locales/<locale>-<width>.png
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const [width = '360', ...only] = process.argv.slice(2);
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = only.length ? only : [config.sourceLocale, ...config.targetLocales];
mkdirSync('.tmp/locales', { recursive: true });
for (const locale of locales) {
  execFileSync(process.execPath, ['scripts/screenshot.mjs', `demo/languages.html?lang=${locale}`, `.tmp/locales/${locale}-${width}.png`, width, '800', '--full'], { stdio: 'inherit' });
}
