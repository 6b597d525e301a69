// npm run build: the whole build, one step after the other, each a named function.
//   dist/  the script-tag files partners load (rollup.config.mjs, which also writes the
//          strings as JSON and the ZIP table as ally-zip-table.bin), embed.html
//   lib/   the npm package's unbundled modules with .d.ts; strings and the ZIP table are
//          modules there (src/generated/), so an app's bundler ships them
//   custom-elements.json  the manifest (custom-elements-manifest.config.mjs), and from it
//     lib/react.d.ts (JSX types for React) and vscode.html-custom-data.json (scripts/app-types.mjs)
//   wordpress/ally-widgets/  the WordPress plugin's copy of dist/ and its widgets.json (scripts/wordpress-plugin.mjs)
//   dist/builder.html  the partners' configurator, from the registry, the manifest and the README
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { buildZipTable, writeZipTableModule } from './build-zip-table.mjs';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';
import { writeAppTypes } from './app-types.mjs';
import { buildBuilder } from './build-builder.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

/** Extracts the strings, writes src/generated/ (strings as JSON, language lists, registry-derived sources). */
async function localizationSources() {
  await import('./i18n-build.mjs');
}

function clean() {
  for (const dir of ['dist', 'lib']) rmSync(dir, { recursive: true, force: true });
}

/** dist/: every configuration of rollup.config.mjs, in order (the loader needs the widgets' chunk graph). */
async function scriptTagFiles() {
  const { default: configs } = await import('../rollup.config.mjs');
  for (const config of configs) {
    const bundle = await rollup({ ...config, onwarn: config.onwarn ?? ((warning, warn) => warn(warning)) });
    const outputs = Array.isArray(config.output) ? config.output : [config.output];
    for (const output of outputs) await bundle.write(output);
    await bundle.close();
  }
  console.log('dist/: script-tag files built');
}

/** The group finder's ZIP code table as a module for lib/ (scripts/build-zip-table.mjs; rollup writes dist/ally-zip-table.bin). */
function zipTableModule() {
  const table = buildZipTable();
  writeZipTableModule(table);
  console.log(`ZIP table: ${table.length} bytes, in src/generated/zip-table.ts for lib/`);
}

/** lib/: the unbundled modules and their types (strings and ZIP table included, as modules) and the registry they read. */
function npmModules() {
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  checkBundlerVisible('lib');
  copyFileSync('src/widgets.mjs', 'lib/widgets.mjs');
  copyFileSync('src/widgets.d.mts', 'lib/widgets.d.mts');
  console.log('lib/: modules, types and strings');
}

/**
 * Everything lib/ loads at run time is a module an app's bundler can follow:
 * no `@lit/localize` (the widgets' localization state is their own), every
 * import() a literal string, and no loose file found through `import.meta.url`.
 */
function checkBundlerVisible(dir) {
  const problems = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        if (/from\s*['"]@lit\/localize['"]|import\(\s*['"]@lit\/localize/.test(code)) problems.push(`${path} imports @lit/localize: import msg and str from src/internal/localize-runtime.js instead`);
        for (const m of code.matchAll(/\bimport\(\s*([^)\s][^)]*)\)/g)) if (!/^(['"])[^'"$]+\1$/.test(m[1].trim())) problems.push(`${path}: import(${m[1]}) is not a literal`);
        // A file found through import.meta.url is one a bundler may not copy (or, as webpack, warns about).
        if (/import\.meta\.url/.test(code)) problems.push(`${path}: uses import.meta.url (load files as modules with a literal import() instead)`);
      }
    }
  };
  walk(dir);
  if (problems.length) throw new Error(`lib/ must load only what bundlers see:\n  ${problems.join('\n  ')}`);
}

function manifest() {
  run(bin('cem'), ['analyze', '--quiet']);
  console.log('custom-elements.json written');
}

/** The static files of dist/ that rollup does not build: embed.html, the iframe fallback (its script is dist/embed.js). */
function staticFiles() {
  copyFileSync('src/embed/embed.html', 'dist/embed.html');
}

await localizationSources();
clean();
zipTableModule();
await scriptTagFiles();
npmModules();
manifest();
writeAppTypes();
staticFiles();
await buildWordPressPlugin();
await buildBuilder();
await import('./print-integrity.mjs');
