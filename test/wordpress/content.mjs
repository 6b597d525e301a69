// What the WordPress test posts: for every registered widget one case of the partner-page suite
// (test/dist/widget-cases.ts, the one with the most attributes, not floating), written as a block,
// as a shortcode in classic content, and (as a control) as the README's raw HTML.
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

/** One case per registered widget: `{ tag, widget, attrs, text }`. */
export async function widgetCases(widgets) {
  const bundled = await build({ entryPoints: [`${root}test/dist/widget-cases.ts`], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const { CASES } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return widgets.map((widget) => {
    const cases = CASES.filter((c) => c.tag === widget.tag && !c.floating).sort((a, b) => Object.keys(b.attrs).length - Object.keys(a.attrs).length);
    if (!cases.length) throw new Error(`no case for <${widget.tag}> in test/dist/widget-cases.ts`);
    return { tag: widget.tag, widget, attrs: cases[0].attrs, text: cases[0].text };
  });
}

/** Block attributes as WordPress writes them in a block comment (serializeAttributes). */
function blockJson(attributes) {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** A post of blocks: a paragraph, then each widget as its block. */
export function blocksPost(cases) {
  const blocks = cases.map(({ widget, attrs }) => {
    const attributes = {};
    for (const [name, value] of Object.entries(attrs)) {
      const attribute = widget.attributes.find((a) => a.name === name);
      attributes[attribute.key] = attribute.type === 'boolean' ? true : value;
    }
    return Object.keys(attributes).length ? `<!-- wp:${widget.block} ${blockJson(attributes)} /-->` : `<!-- wp:${widget.block} /-->`;
  });
  return ['<!-- wp:paragraph -->\n<p>Every widget, as a block.</p>\n<!-- /wp:paragraph -->', ...blocks].join('\n\n');
}

const shortcode = ({ widget, attrs }) =>
  `[${widget.shortcode}${Object.entries(attrs)
    .map(([name, value]) => (widget.attributes.find((a) => a.name === name).type === 'boolean' ? ` ${name}` : ` ${name}="${value}"`))
    .join('')}]`;

/**
 * Classic content (no block comments): one shortcode with the author's own fallback between its
 * opening and closing tags (first: WordPress pairs an opening tag with the next closing tag of the
 * same name), then each widget's shortcode on its own line with a line of text under it, then one
 * inside a sentence.
 */
export function classicPost(cases) {
  const hotline = cases.find((c) => c.tag === 'ally-hotline');
  return [
    'Every widget, as a shortcode in classic content.',
    `[${hotline.widget.shortcode} number="616-555-0188"]\n<a href="tel:+16165550188">Our own fallback line</a>\n[/${hotline.widget.shortcode}]`,
    ...cases.map((c) => `${shortcode(c)}\nA line under the widget.`),
    `In a sentence: ${shortcode({ ...hotline, attrs: { number: '616-555-0177', org: 'Inline Line' } })} and after it.`,
  ].join('\n\n');
}

/** The README's snippet pasted as HTML (what WordPress's HTML filter removes for authors). */
export const RAW_HTML = '<ally-hotline number="616-555-0166" org="Raw HTML">\n<a href="tel:+16165550166">Call 616-555-0166</a>\n</ally-hotline>';

/** A post without any widget. */
export const PLAIN_POST = 'No widget on this page.\n\nJust two paragraphs.';
