// Rollup plugin for the script-tag build:
// - ships the locale JSON files in dist/locales/<locale>/*.json (with
//   `emit: true`, in one of the builds) and points localization.ts at them;
//   `root` is the way from the folder the module is written to up to dist/
//   (`./` for dist/ally-hotline.js, `../` for dist/chunks/…), also used for the
//   group finder's ZIP table, which lives in dist/;
// - shortens every message id (`fiveDs.delay.example` → `2p`) in the code and
//   in the JSON alike, so neither carries 139 long keys: smaller entries and
//   smaller locale files. Ids are the index in src/generated/message-ids.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = 'src/generated/locales';

function shortIds() {
  const text = readFileSync('src/generated/message-ids.ts', 'utf8');
  const ids = JSON.parse(text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')));
  return new Map(ids.map((id, i) => [id, i.toString(36)]));
}

export function localeAssets({ root = './', emit = false } = {}) {
  let short;
  return {
    name: 'ally-locale-assets',
    buildStart() {
      short = shortIds();
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/generated/')) return null;
      let out = code.replace(/\bid: '([\w.-]+)'/g, (match, long) => (short.has(long) ? `id: '${short.get(long)}'` : match));
      if (id.endsWith('/src/internal/localization.ts')) out = out.replace("'../generated/locales/'", `'${root}locales/'`);
      if (id.endsWith('/src/group-finder/group-finder.component.ts')) out = out.replace("new URL('./', import.meta.url)", `new URL('${root}', import.meta.url)`);
      return out === code ? null : { code: out, map: null };
    },
    generateBundle() {
      if (!emit) return;
      for (const locale of readdirSync(SOURCE_DIR)) {
        for (const file of readdirSync(join(SOURCE_DIR, locale))) {
          const templates = JSON.parse(readFileSync(join(SOURCE_DIR, locale, file), 'utf8'));
          const renamed = Object.fromEntries(Object.entries(templates).map(([id, t]) => [short.get(id) ?? id, t]));
          this.emitFile({ type: 'asset', fileName: `locales/${locale}/${file}`, source: JSON.stringify(renamed) });
        }
      }
    },
  };
}
