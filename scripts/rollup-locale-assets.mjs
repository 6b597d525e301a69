// Rollup plugin for the script-tag build:
// - ships the locale JSON files in dist/locales/<locale>/*.json (with
//   `emit: true`, in one of the builds);
//   `root` is the way from the folder the module is written to up to dist/
//   (`./` for dist/ally-hotline.js, `../` for dist/chunks/…);
// - replaces what the npm package loads as modules (so that an app's bundler
//   sees them) with what dist/ fetches beside the script: each widget's
//   strings module (src/generated/strings/<group>.ts) with nothing, and
//   src/internal/strings.ts with strings.dist.ts, which fetches the JSON
//   files (its LOCALES set to `<root>locales/`); the ZIP table's module
//   (src/group-finder/zip-table.ts) with the URL of dist/ally-zip-table.bin;
// - shortens every message id (`fiveDs.delay.example` → `2p`) in the code and
//   in the JSON alike, so neither carries 139 long keys: smaller entries and
//   smaller locale files. Ids are the index in src/generated/message-ids.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZipTable } from './build-zip-table.mjs';

const SOURCE_DIR = 'src/generated/locales';

function shortIds() {
  const text = readFileSync('src/generated/message-ids.ts', 'utf8');
  const ids = JSON.parse(text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')));
  return new Map(ids.map((id, i) => [id, i.toString(36)]));
}

const NO_STRINGS = '\0ally-strings-fetched-as-json';
const ZIP_TABLE_URL = '\0ally-zip-table-url';
let zipTable;

export function localeAssets({ root = './', emit = false } = {}) {
  let short;
  return {
    name: 'ally-locale-assets',
    buildStart() {
      short = shortIds();
    },
    resolveId(source, importer) {
      if (!importer?.includes('/src/')) return null;
      if (/^\.\.\/generated\/strings\/[\w-]+\.js$/.test(source)) return NO_STRINGS;
      if (source === './strings.js' && importer.endsWith('/src/internal/localization.ts')) return fileURLToPath(new URL('../src/internal/strings.dist.ts', import.meta.url));
      if (source === './zip-table.js' && importer.endsWith('/src/group-finder/geo.ts')) return ZIP_TABLE_URL;
      return null;
    },
    load(id) {
      if (id === NO_STRINGS) return '';
      if (id !== ZIP_TABLE_URL) return null;
      zipTable ??= buildZipTable();
      const ref = this.emitFile({ type: 'asset', fileName: 'ally-zip-table.bin', source: zipTable });
      return `export const bundledZipTable = async () => import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/generated/')) return null;
      let out = code.replace(/\bid: '([\w.-]+)'/g, (match, long) => (short.has(long) ? `id: '${short.get(long)}'` : match));
      if (id.endsWith('/src/internal/strings.dist.ts')) {
        out = out.replace("const LOCALES = '' as string;", `const LOCALES = '${root}locales/';`);
        if (!out.includes(`'${root}locales/'`)) this.error('strings.dist.ts: the LOCALES line to point at dist/locales/ was not found');
      }
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
