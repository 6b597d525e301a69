// Gzip sizes of the built dist/, as the budgets count them (src/widgets.mjs):
// read by the size test (through the test server) and by `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, WIDGETS } from '../src/widgets.mjs';

const DIST = 'dist';

/** Gzip bytes of a file under dist/ (level 9, like a CDN). */
export function gzipSize(file) {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/** The modules `file` imports statically (import … from "./x.js", import "./x.js"), as paths under dist/. */
function staticImports(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => posix.join(posix.dirname(file), m[1]));
  return [...new Set(found)];
}

/** `file` and every module it imports, transitively. */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of staticImports(file)) staticClosure(dependency, seen);
  return seen;
}

/** The module the loader imports for `tag`: dist/chunks/<tag>-<hash>.js. */
export function widgetModule(tag) {
  const name = readdirSync(join(DIST, 'chunks')).find((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f));
  return name && `chunks/${name}`;
}

/** Every size the budgets name, per widget and for the whole. */
export function distSizes() {
  const loader = gzipSize('ally-widgets.js');
  const widgets = WIDGETS.map((w) => {
    const module = widgetModule(w.tag);
    const closure = module ? [...staticClosure(module)] : [];
    const locales = existsSync(join(DIST, 'locales')) ? readdirSync(join(DIST, 'locales')) : [];
    const strings = locales
      .filter((l) => existsSync(join(DIST, 'locales', l, `${w.messages}.json`)))
      .map((l) => ({ locale: l, bytes: gzipSize(`locales/${l}/${w.messages}.json`) }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      tag: w.tag,
      budget: w.budget,
      module,
      own: module ? gzipSize(module) : undefined,
      closure,
      withLoaderAndCore: loader + closure.reduce((sum, f) => sum + gzipSize(f), 0),
      singleFile: existsSync(join(DIST, `${w.tag}.js`)) ? gzipSize(`${w.tag}.js`) : undefined,
      largestStrings: strings[0],
    };
  });
  return { budgets: BUDGETS, loader, widgets };
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log(JSON.stringify(distSizes(), null, 2));
