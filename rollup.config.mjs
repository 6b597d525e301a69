// The script-tag build (dist/), from the widget registry (src/widgets.mjs):
// 1. every widget's module over one shared core, in dist/chunks/: what the
//    loader imports (the chunk graph is recorded for step 2);
// 2. dist/ally-widgets.js, the loader, which knows that graph;
// 3. the single-widget files dist/ally-<widget>.js, each self-contained (core
//    included), so a page that pasted one gets its widget in one request;
// 4. dist/embed.js, the iframe fallback's script (it loads the loader).
// Translated strings are JSON files in dist/locales/<locale>/<group>.json,
// fetched relative to the script's own URL only when a visitor's language
// needs them; the ZIP table is dist/ally-zip-table.bin, fetched likewise
// (scripts/rollup-locale-assets.mjs). `npm run build` (scripts/build.mjs) runs this and the rest.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { WIDGETS } from './src/widgets.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';
import { localeAssets } from './scripts/rollup-locale-assets.mjs';
import { LOADER_ENTRY, loaderEntry, recordLoaderPlan } from './scripts/rollup-loader-plan.mjs';

const minify = () => terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true } });
const plugins = (options) => [nodeResolve({ browser: true }), localeAssets(options), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minifyTemplateLiterals(), minify()];
const onwarn = (warning, warn) => warning.code === 'THIS_IS_UNDEFINED' || warn(warning);

/**
 * The shared core, one file: Lit, localization, and the code of src/internal/
 * that two or more widgets import (the base element, tokens, safe links,
 * icons …). One file rather than many small ones: each request costs a round
 * trip on connections that cannot run many at once. Code only one widget
 * imports goes into that widget's module; code that only some widgets need and
 * that is big enough to matter (SOME_WIDGETS) gets a chunk of its own, shared
 * by the widgets that import it, so a widget without phone numbers or
 * collapsible sections does not download them. Modules only ever loaded with
 * import() keep their own files.
 */
const CORE = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/src\/(internal|generated)\//;
/** Shared code only some widgets need, big enough to matter: its own chunk (named here), not the core. */
const SOME_WIDGETS = /\/src\/internal\/(phone|accordion|web-address|read-aloud)(\.styles)?\.ts$/;

/** How many widget modules import each module statically (directly or through others). */
function widgetsImporting(getModuleIds, getModuleInfo) {
  const count = new Map();
  for (const entry of [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry)) {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const dependency of getModuleInfo(id)?.importedIds ?? []) visit(dependency);
    };
    visit(entry);
    for (const id of seen) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return count;
}

function coreChunk() {
  let importers;
  return (id, { getModuleIds, getModuleInfo }) => {
    importers ??= widgetsImporting(getModuleIds, getModuleInfo);
    const some = SOME_WIDGETS.exec(id);
    if (some) return some[1];
    return CORE.test(id) && (importers.get(id) ?? 0) >= 2 ? 'core' : undefined;
  };
}

/** Filled by step 1, read by step 2 (rollup runs the configs in order). */
const plan = {};

const shared = {
  input: Object.fromEntries(WIDGETS.map((w) => [w.tag, `src/${w.folder}/${w.tag}.ts`])),
  plugins: [...plugins({ root: '../', emit: true }), recordLoaderPlan(plan)],
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'chunks/[name]-[hash].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: coreChunk(),
    sourcemap: false,
  },
  onwarn,
};

const loader = {
  input: LOADER_ENTRY,
  plugins: [loaderEntry(plan), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minify()],
  output: { file: 'dist/ally-widgets.js', format: 'es', sourcemap: false },
  onwarn,
};

/**
 * A single-widget file also holds the code that applies `accent` (a chunk of its
 * own in the loader's build, which preloads it when it sees the attribute): it
 * has no loader to preload it, and the partner's colour must show with the first render.
 */
const ACCENT = /\/src\/internal\/(accent-line|contrast)\.ts$/;
const singles = WIDGETS.map((w) => ({
  input: { [w.tag]: `src/${w.folder}/${w.tag}.ts` },
  plugins: plugins({ root: './' }),
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${w.tag}.[name]-[hash].js`,
    manualChunks: (id) => (ACCENT.test(id) || id.endsWith(`/src/${w.folder}/${w.tag}.ts`) ? w.tag : undefined),
    sourcemap: false,
  },
  onwarn,
}));

const embed = {
  input: 'src/embed/embed.ts',
  plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minify()],
  output: { file: 'dist/embed.js', format: 'es', sourcemap: false },
};

export default [shared, loader, ...singles, embed];
