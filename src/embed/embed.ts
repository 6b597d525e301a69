/**
 * dist/embed.js — the iframe fallback for site builders that strip
 * <script> tags: `embed.html?widget=group-finder&lang=es&src=…` renders one
 * widget with the attributes named in the query string (only the attributes
 * the widget registry allows for it; values are validated by the widget itself, as in a page)
 * and tells the parent page its height, rounded up to 50 px so that it never
 * mirrors the results one by one (what a visitor searched):
 *
 *   { type: 'ally-embed-resize', widget: 'group-finder', height: 850 }
 *
 * posted only to the embedding page's origin when the browser tells it
 * (location.ancestorOrigins, else the referrer), else to '*'. Runs under embed.html's
 * own strict CSP: no inline script or style, elements built with
 * createElement/setAttribute only. Loads ./ally-widgets.js relative to its own
 * URL, so the dist/ folder works from a CDN or the partner's own server.
 */

/** The message embed.html posts to its parent whenever the widget's height changes. */
export interface AllyEmbedResizeMessage {
  type: 'ally-embed-resize';
  widget: string;
  height: number;
}

import { COMMON_ATTRIBUTES, WIDGETS } from '../widgets.mjs';

/**
 * The attributes a query string may set, per `widget=` value (a widget's folder name):
 * the common ones and those the widget registry (src/widgets.mjs) lists for embedding.
 */
export const EMBED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  WIDGETS.map((w) => [w.folder, [...COMMON_ATTRIBUTES, ...w.embed]]),
);

/** The widget element for a query string, or an error message. */
export function embedElement(search: string, doc: Document = document): { element: HTMLElement; widget: string } | { error: string } {
  const params = new URLSearchParams(search);
  const widget = (params.get('widget') ?? '').trim().toLowerCase().replace(/^ally-/, '');
  // An own property only: `__proto__`, `constructor` or `toString` name no widget.
  const allowed = Object.hasOwn(EMBED_ATTRIBUTES, widget) ? EMBED_ATTRIBUTES[widget] : undefined;
  if (!allowed) {
    return { error: `embed.html: widget="${params.get('widget') ?? ''}" is not one of ${Object.keys(EMBED_ATTRIBUTES).join(', ')}.` };
  }
  const tag = WIDGETS.find((w) => w.folder === widget)!.tag;
  const element = doc.createElement(tag);
  for (const [name, value] of params) {
    if (name === 'widget') continue;
    if (!allowed.includes(name)) {
      console.warn(`embed.html: "${name}" is not an attribute of <${tag}>; ignored.`);
      continue;
    }
    // A page inside an iframe has no corner of the partner's page to float in.
    if (widget === 'hotline' && name === 'variant' && value === 'floating') {
      console.warn('embed.html: variant="floating" does not work inside an iframe; showing the button.');
      continue;
    }
    element.setAttribute(name, value.slice(0, 2000));
  }
  return { element, widget };
}

/** Heights are reported in steps of this many pixels. */
const HEIGHT_STEP = 50;

/** A height as reported: rounded up to the next 50 px. */
export function embedHeight(height: number): number {
  return Math.max(1, Math.ceil(height / HEIGHT_STEP)) * HEIGHT_STEP;
}

/** The embedding page's origin, when it can be known (Chromium and Safari say it; else the referrer); else '*'. */
export function embedTargetOrigin(loc: { ancestorOrigins?: DOMStringList }, referrer: string): string {
  const ancestor = loc.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    const origin = new URL(referrer).origin;
    if (origin && origin !== 'null') return origin;
  } catch {
    /* no referrer */
  }
  return '*';
}

/** Opens web links in a new tab instead of inside the small iframe (tel:, sms:, mailto: links are left alone). */
function openWebLinksOutside(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
  if (!link || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (!/^https?:$/.test(url.protocol) || url.origin === location.origin) return;
  event.preventDefault();
  window.open(url.href, '_blank', 'noopener,noreferrer');
}

async function main(): Promise<void> {
  const sheet = new CSSStyleSheet();
  // The iframe is the widget's box: no space around it, and its full width. Every part is laid
  // out at once (no content-visibility skipping), so the height told to the parent, and
  // measured by the builder in a short hidden frame, is the height the widget really takes.
  sheet.replaceSync(
    'html,body{margin:0;padding:0;background:transparent}body{padding:2px;--ally-space:0;--ally-max-width:none}*::part(result){content-visibility:visible}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const made = embedElement(location.search);
  if ('error' in made) {
    console.error(made.error);
    const p = document.createElement('p');
    p.textContent = made.error;
    document.body.append(p);
    return;
  }
  const { element, widget } = made;
  const lang = element.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  document.body.append(element);
  document.addEventListener('click', openWebLinksOutside);

  let last = -1;
  const target = embedTargetOrigin(location, document.referrer);
  const report = () => {
    const height = embedHeight(document.body.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    const message: AllyEmbedResizeMessage = { type: 'ally-embed-resize', widget, height };
    window.parent.postMessage(message, target);
  };
  new ResizeObserver(report).observe(document.body);

  try {
    // Relative to this file, so dist/ works from any host; a variable keeps bundlers from inlining it.
    const bundle = new URL('./ally-widgets.js', import.meta.url).href;
    await import(/* @vite-ignore */ bundle);
  } catch (error) {
    console.error('embed.html: could not load ally-widgets.js.', error);
  }
  report();
}

// Runs in embed.html only (not when a test or bundler imports this module for embedElement).
if (typeof document !== 'undefined' && /\/embed(\.html)?$/.test(location.pathname)) void main();
