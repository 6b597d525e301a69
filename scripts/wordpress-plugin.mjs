// The WordPress plugin's built parts (part of `npm run build`, after dist/, lib/ and the manifest):
//   wordpress/ally-widgets/dist/          a copy of dist/, so every relative load works from the plugin's folder
//   wordpress/ally-widgets/widgets.json   every registered widget and its attributes, read by the plugin's PHP
//                                         and its editor script (so a new widget needs no plugin code)
//   wordpress/ally-widgets.zip            the plugin, ready for Plugins → Add New → Upload Plugin
// All three are git-ignored; the plugin's own code (PHP, editor script, readme.txt) is in the repository.
//
// Where each attribute's description comes from: the widget registry (src/widgets.mjs) names the
// widgets, custom-elements.json their attributes (name, type, default, description), the classes'
// JSDoc `@attr {'a'|'b'} name` the choices of an attribute (the manifest keeps only `string`), the
// README's `### What it is — \`<ally-…>\`` headings the widgets' titles. How an attribute is edited
// follows from its name, the same conventions the widgets use:
//   number, hotline, sms, *-phone   a phone number (checked with the widgets' phone rule);
//                                   number and hotline take the site's default hotline
//   src                             a feed (CSV or JSON), pickable from the Media Library; takes the site's list
//   *-url, contact                  a web address
//   lang                            one of the shipped languages; accent: a colour; heading-level: 2–6
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { join, relative } from 'node:path';
import { COMMON_ATTRIBUTES, WIDGETS } from '../src/widgets.mjs';

const root = new URL('..', import.meta.url).pathname;
const plugin = join(root, 'wordpress/ally-widgets');

/** `{ 'variant': ['button', 'banner', 'floating'] }` from the JSDoc `@attr {'button'|'banner'|'floating'} variant` lines. */
function choicesInJsdoc(file) {
  const choices = {};
  for (const [, type, name] of readFileSync(file, 'utf8').matchAll(/@attr\s+\{([^}]*)\}\s+([a-z-]+)/g)) {
    const values = type.split('|').map((t) => t.trim());
    if (values.length > 1 && values.every((v) => /^'[^']*'$/.test(v))) choices[name] = values.map((v) => v.slice(1, -1));
  }
  return choices;
}

function titleInReadme(readme, tag) {
  const heading = readme.match(new RegExp(`^### (.+?) — \`<${tag}>\`$`, 'm'));
  return heading ? heading[1].replace(/`/g, '') : tag.replace(/^ally-/, '').replace(/-/g, ' ');
}

function control(name, type, options) {
  if (options) return 'select';
  if (type === 'boolean') return 'toggle';
  if (name === 'heading-level') return 'heading-level';
  if (name === 'lang') return 'language';
  if (name === 'accent') return 'color';
  if (name === 'src') return 'feed';
  if (['number', 'hotline', 'sms'].includes(name) || name.endsWith('-phone')) return 'phone';
  if (name.endsWith('-url') || name === 'contact') return 'url';
  return 'text';
}

/** The settings page's site-wide defaults, and the attributes they fill when a block or shortcode leaves them empty. */
const SITEWIDE = { number: 'hotline', hotline: 'hotline', lang: 'lang', accent: 'accent', src: 'feed' };

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function describeAttribute(attribute, choices, common) {
  const type = attribute.type?.text === 'boolean' ? 'boolean' : 'string';
  const options = choices[attribute.name] ?? null;
  return {
    name: attribute.name,
    key: camel(attribute.name),
    type,
    control: control(attribute.name, type, options),
    options,
    description: (attribute.description ?? '').replace(/`/g, ''),
    common,
    sitewide: SITEWIDE[attribute.name] ?? null,
  };
}

/** The widgets, their titles and their attributes (own first, then the common ones), from the registry and the manifest. */
export async function describeWidgets() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const classes = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class'));
  const base = classes.find((d) => d.name === 'AllyElement');
  const baseChoices = choicesInJsdoc(join(root, 'src/internal/ally-element.ts'));
  const common = COMMON_ATTRIBUTES.map((name) => {
    const attribute = base?.attributes?.find((a) => a.name === name);
    if (!attribute) throw new Error(`custom-elements.json: AllyElement has no attribute ${name}`);
    return describeAttribute(attribute, baseChoices, true);
  });
  const { COMPLETE_LOCALES } = await import('../lib/generated/complete-locales.js');
  const { sourceLocale } = await import('../lib/generated/locale-codes.js');
  const { nativeName } = await import('../lib/internal/languages.js');
  const languages = [sourceLocale, ...COMPLETE_LOCALES].map((code) => ({ code, name: nativeName(code) }));
  const widgets = WIDGETS.map((widget) => {
    const declaration = classes.find((d) => d.tagName === widget.tag);
    if (!declaration) throw new Error(`custom-elements.json: no class for <${widget.tag}>`);
    const choices = choicesInJsdoc(join(root, `src/${widget.folder}/${widget.folder}.component.ts`));
    const own = (declaration.attributes ?? []).filter((a) => !COMMON_ATTRIBUTES.includes(a.name)).map((a) => describeAttribute(a, choices, false));
    return {
      tag: widget.tag,
      folder: widget.folder,
      block: `ally-widgets/${widget.folder}`,
      shortcode: widget.tag.replace(/-/g, '_'),
      title: titleInReadme(readme, widget.tag),
      description: declaration.summary ?? '',
      attributes: [...own, ...common],
    };
  });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { version, languages, widgets };
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/**
 * Writes `zipPath` with every file under `dir`, each stored as `<prefix>/<path>` (fflate: a small,
 * well-kept ZIP library). Files in sorted order with a fixed date, so the same files give the same zip.
 */
export function zipFolder(dir, prefix, zipPath) {
  const mtime = new Date('2020-01-01T00:00:00');
  const files = Object.fromEntries(filesUnder(dir).map((file) => [`${prefix}/${relative(dir, file)}`, [readFileSync(file), { level: 9, mtime }]]));
  writeFileSync(zipPath, zipSync(files));
}

/** Copies dist/ into the plugin, writes widgets.json, zips the plugin. */
export async function buildWordPressPlugin() {
  if (!existsSync(join(root, 'dist/ally-widgets.js'))) throw new Error('wordpress plugin: build dist/ first');
  rmSync(join(plugin, 'dist'), { recursive: true, force: true });
  mkdirSync(plugin, { recursive: true });
  cpSync(join(root, 'dist'), join(plugin, 'dist'), { recursive: true });
  writeFileSync(join(plugin, 'widgets.json'), `${JSON.stringify(await describeWidgets(), null, '\t')}\n`);
  const zip = join(root, 'wordpress/ally-widgets.zip');
  zipFolder(plugin, 'ally-widgets', zip);
  console.log(`wordpress/ally-widgets/: dist/ copied, widgets.json written; ${relative(root, zip)} ${statSync(zip).size} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWordPressPlugin();
