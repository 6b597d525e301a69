// dist/builder.html, the partners' configurator, built from the widget
// registry (src/widgets.mjs), custom-elements.json (its attributes and their
// types) and the README (each attribute's description and default, as
// partners read them): a new widget appears in it without builder code.
// Runs after the manifest step of scripts/build.mjs. Writes
//   dist/builder.html  the page (a strict CSP of its own, no inline script or style)
//   dist/builder.css   its stylesheet
//   dist/builder.js    the app (src/builder/), one classic script: it also runs from a file
import { copyFileSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { COMMON_ATTRIBUTES, WIDGETS } from '../src/widgets.mjs';

const CATALOG_ID = 'ally-builder:catalog';

/** The rows of the first `| attribute | … |` table after the README heading matching `heading`: cells by column name. */
export function readmeTable(readme, heading) {
  const lines = readme.split('\n');
  let i = lines.findIndex((line) => heading.test(line));
  if (i < 0) return { title: '', rows: [] };
  const title = /^###\s+(.*?)(?:\s+—\s+`<[\w-]+>`)?$/.exec(lines[i])?.[1] ?? '';
  while (i < lines.length && !lines[i].startsWith('| attribute')) i++;
  const cells = (line) => line.replace(/^\|\s*|\s*\|\s*$/g, '').split(/\s+\|\s+/);
  const columns = cells(lines[i] ?? '');
  const rows = [];
  for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const row = Object.fromEntries(cells(lines[i]).map((cell, n) => [columns[n], cell]));
    rows.push({ ...row, name: /^`([\w-]+)`/.exec(row.attribute)?.[1] ?? row.attribute });
  }
  return { title, rows };
}

/** The value a README default cell names, when it starts with one literal (`button`, `light`, `2026-11-30`). */
function defaultValue(cell = '', options) {
  const literal = /^`([^`]+)`/.exec(cell)?.[1] ?? /^(\d+)\b/.exec(cell)?.[1];
  if (!literal) return undefined;
  return !options || options.includes(literal) ? literal : undefined;
}

/** What the builder knows of each widget, from the registry, the manifest and the README. */
export function builderCatalog() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const toAttribute = (a, row) => {
    const type = a.type?.text ?? 'string';
    const options = /^'/.test(type) ? type.split('|').map((t) => t.trim().slice(1, -1)) : undefined;
    return {
      name: a.name,
      type,
      ...(options ? { options } : {}),
      description: row?.meaning ?? a.description ?? '',
      defaultText: row?.default ?? '',
      ...(defaultValue(row?.default, options) ? { defaultValue: defaultValue(row?.default, options) } : {}),
    };
  };
  const base = declarations.find((d) => d.name === 'AllyElement');
  const common = readmeTable(readme, /^### Attributes every widget accepts$/);
  const commonAttributes = COMMON_ATTRIBUTES.map((name) => {
    const a = base.attributes.find((x) => x.name === name);
    const row = common.rows.find((r) => r.name === name);
    // The common table has no default column: its defaults are in the meaning ("`light` (default)", "(default 2)").
    const stated = /`([\w-]+)` \(default\)|\(default (\d+)\)/.exec(row?.meaning ?? '');
    return { ...toAttribute(a, row), ...(stated ? { defaultValue: stated[1] ?? stated[2] } : {}) };
  });
  const widgets = WIDGETS.map((w) => {
    const declaration = declarations.find((d) => d.tagName === w.tag);
    if (!declaration) throw new Error(`builder: <${w.tag}> is not in custom-elements.json`);
    const table = readmeTable(readme, new RegExp(`^### .*\`<${w.tag}>\`$`));
    return {
      tag: w.tag,
      folder: w.folder,
      title: table.title || w.tag,
      embed: w.embed,
      ...(w.allow ? { allow: w.allow } : {}),
      attributes: (declaration.attributes ?? []).map((a) => toAttribute(a, table.rows.find((r) => r.name === a.name))),
    };
  });
  return { widgets, common: commonAttributes };
}

/** Resolves `import … from 'ally-builder:catalog'` to the catalog, as JSON. */
function catalogModule(catalog) {
  return {
    name: 'ally-builder-catalog',
    resolveId: (id) => (id === CATALOG_ID ? id : null),
    load: (id) => (id === CATALOG_ID ? `export default ${JSON.stringify(catalog)};` : null),
  };
}

export async function buildBuilder() {
  const catalog = builderCatalog();
  const bundle = await rollup({
    input: 'src/builder/main.ts',
    plugins: [
      catalogModule(catalog),
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ ecma: 2022, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => warning.code === 'THIS_IS_UNDEFINED' || warn(warning),
  });
  // One file: the group finder's CSV reader, loaded on demand in the widget, is inlined here.
  await bundle.write({ file: 'dist/builder.js', format: 'iife', inlineDynamicImports: true, sourcemap: false });
  await bundle.close();
  copyFileSync('src/builder/builder.html', 'dist/builder.html');
  copyFileSync('src/builder/builder.css', 'dist/builder.css');
  console.log(`dist/builder.html: the partners' configurator (${catalog.widgets.length} widgets)`);
}
