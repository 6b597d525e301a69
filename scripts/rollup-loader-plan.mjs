// Rollup plugins that connect the two halves of the script-tag build:
// - recordLoaderPlan(plan): in the build of the widgets' shared modules, writes
//   into `plan` each widget's module, every module it imports (the chunk
//   graph) and its text (`<folder>.content.ts`, which it imports on demand but
//   needs at first render), its message group, the languages that have strings
//   files and the accent module (preloaded when an element has `accent`);
// - loaderEntry(plan): in the loader's build, the entry module
//   `virtual:ally-loader`, which starts src/loader/loader.ts with that plan.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../src/widgets.mjs';

const LOADER = fileURLToPath(new URL('../src/loader/loader.ts', import.meta.url));
const ENTRY = 'virtual:ally-loader';

/** The complete translations (src/generated/complete-locales.ts, written by the i18n build). */
function completeLocales() {
  const text = readFileSync('src/generated/complete-locales.ts', 'utf8');
  return JSON.parse(text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')));
}

/** `chunks/core-1a2b3c4d.js` → `core-1a2b3c4d` (the loader adds the folder and the extension back: a shorter plan). */
function chunkName(file) {
  const name = /^chunks\/(.+)\.js$/.exec(file)?.[1];
  if (!name) throw new Error(`${file}: the loader expects every module in dist/chunks/`);
  return name;
}

export function recordLoaderPlan(plan) {
  return {
    name: 'ally-record-loader-plan',
    generateBundle(options, bundle) {
      const chunks = new Map(Object.values(bundle).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
      const staticImports = (fileName, seen = new Set()) => {
        for (const dependency of chunks.get(fileName)?.imports ?? []) {
          if (!seen.has(dependency)) {
            seen.add(dependency);
            staticImports(dependency, seen);
          }
        }
        return seen;
      };
      const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
      plan.source = config.sourceLocale;
      plan.locales = completeLocales();
      plan.modules = {};
      plan.messages = {};
      for (const widget of WIDGETS) {
        const chunk = [...chunks.values()].find((c) => c.isEntry && c.name === widget.tag);
        if (!chunk) this.error(`no module built for <${widget.tag}>`);
        // A widget's text (src/<folder>/<folder>.content.ts, imported on demand so a single-widget file
        // shows its heading first) is needed at first render: the loader requests it with the code.
        const text = chunk.dynamicImports.filter((file) => chunks.get(file)?.facadeModuleId?.endsWith(`/src/${widget.folder}/${widget.folder}.content.ts`));
        // Its own module first, by its hash alone (the loader knows it is chunks/<tag>-<hash>.js).
        const own = chunkName(chunk.fileName);
        if (!own.startsWith(`${widget.tag}-`)) this.error(`${chunk.fileName}: expected chunks/${widget.tag}-<hash>.js`);
        plan.modules[widget.tag] = [own.slice(widget.tag.length + 1), ...[...staticImports(chunk.fileName), ...text].map(chunkName)];
        plan.messages[widget.tag] = widget.messages;
      }
      // The accent module, loaded by the core when a widget has `accent`: the loader preloads it then.
      const accent = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith('/src/internal/accent-line.ts'));
      if (!accent) this.error('no accent-line chunk built');
      plan.accent = chunkName(accent.fileName);
    },
  };
}

export function loaderEntry(plan) {
  return {
    name: 'ally-loader-entry',
    resolveId(id) {
      return id === ENTRY ? ENTRY : null;
    },
    load(id) {
      if (id !== ENTRY) return null;
      if (!plan.modules) this.error('the widgets must be built before the loader (no chunk graph yet)');
      return `import { startLoader } from ${JSON.stringify(LOADER)};\nstartLoader(${JSON.stringify(plan)}, import.meta.url);\n`;
    },
  };
}

export { ENTRY as LOADER_ENTRY };
