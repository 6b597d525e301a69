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
import { deflateRawSync } from 'node:zlib';
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

// ---- a small, deterministic ZIP writer (stored paths, deflate, fixed dates) ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Writes `zipPath` with every file under `dir`, each stored as `<prefix>/<path>`. */
export function zipFolder(dir, prefix, zipPath) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01, so the same files give the same zip
  for (const file of filesUnder(dir)) {
    const name = Buffer.from(`${prefix}/${relative(dir, file)}`);
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, packed);
    centrals.push(central, name);
    offset += header.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...locals, ...centrals, end]));
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
