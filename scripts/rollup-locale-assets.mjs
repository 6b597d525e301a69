// Rollup plugin: ships the per-widget locale JSON files beside the entry
// (dist/locales/<locale>/<group>.json) and points localization.ts at them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = 'src/generated/locales';

export function localeAssets() {
  return {
    name: 'ally-locale-assets',
    transform(code, id) {
      if (!id.endsWith('/src/internal/localization.ts')) return null;
      return { code: code.replace("'../generated/locales/'", "'./locales/'"), map: null };
    },
    generateBundle() {
      for (const locale of readdirSync(SOURCE_DIR)) {
        for (const file of readdirSync(join(SOURCE_DIR, locale))) {
          this.emitFile({ type: 'asset', fileName: `locales/${locale}/${file}`, source: readFileSync(join(SOURCE_DIR, locale, file)) });
        }
      }
    },
  };
}
