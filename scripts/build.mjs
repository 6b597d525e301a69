// npm run build: the whole build, one step after the other, each a named function.
//   dist/  the script-tag files partners load (rollup.config.mjs), embed.html, the ZIP table
//   lib/   the npm package's unbundled modules with .d.ts, their strings, the ZIP table
//   custom-elements.json  the manifest (custom-elements-manifest.config.mjs)
//   wordpress/ally-widgets/  the WordPress plugin's copy of dist/ and its widgets.json (scripts/wordpress-plugin.mjs)
//   dist/builder.html  the partners' configurator, from the registry, the manifest and the README
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { buildZipTable } from './build-zip-table.mjs';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';
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

/** The group finder's ZIP code table (scripts/build-zip-table.mjs), built once and written where dist/ and lib/ load it from. */
function zipTable(folders) {
  const table = buildZipTable();
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/ally-zip-table.bin`, table);
  }
  console.log(`ZIP table: ${table.length} bytes in ${folders.map((f) => `${f}/ally-zip-table.bin`).join(', ')}`);
}

/** lib/: the unbundled modules and their types, the strings they fetch and the registry they read. */
function npmModules() {
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  cpSync('src/generated/locales', 'lib/generated/locales', { recursive: true });
  copyFileSync('src/widgets.mjs', 'lib/widgets.mjs');
  copyFileSync('src/widgets.d.mts', 'lib/widgets.d.mts');
  console.log('lib/: modules, types and strings');
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
await scriptTagFiles();
zipTable(['dist', 'lib/group-finder']);
npmModules();
manifest();
staticFiles();
await buildWordPressPlugin();
await buildBuilder();
await import('./print-integrity.mjs');
