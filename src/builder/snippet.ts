// The snippets a partner copies: the script tag and the element (only the
// attributes that differ from the defaults, a no-JavaScript fallback link
// inside), and the iframe of dist/embed.html with a measured height.
import { attributesOf, embedAttributes, type WidgetInfo } from './catalog.js';
import { kindOf } from './fields.js';
import { normalizePhone } from '../internal/phone.js';
import { safeWebsite } from '../internal/web-address.js';
import { visitorText } from './i18n.js';

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes to write: set, and not the default, in the order the README lists them. */
export function configured(widget: WidgetInfo, attrs: Readonly<Record<string, string>>): [string, string][] {
  const out: [string, string][] = [];
  for (const a of attributesOf(widget)) {
    const value = attrs[a.name]?.trim();
    if (!value || value === a.defaultValue) continue;
    if (kindOf(a) === 'boolean' && value !== 'true') continue;
    out.push([a.name, value]);
  }
  return out;
}

/** The script file for the snippet: the widget's own file (one request), or the loader for pages with several widgets. */
export const scriptFile = (widget: WidgetInfo, loader: boolean): string => (loader ? 'ally-widgets.js' : `${widget.tag}.js`);

/** A link for browsers without JavaScript, in the widget's language: its hotline, else its first web address, else the national hotline. */
export function fallbackLink(widget: WidgetInfo, attrs: Readonly<Record<string, string>>): { href: string; text: string } {
  const lang = attrs.lang ?? '';
  const who = attrs.org ?? attrs['hotline-label'];
  for (const a of attributesOf(widget)) {
    if (kindOf(a) !== 'phone' || a.name === 'sms') continue;
    const phone = normalizePhone(attrs[a.name] ?? '');
    if (phone) return { href: phone.tel, text: who ? visitorText(lang, 'fallbackCallWho', who, phone.display) : visitorText(lang, 'fallbackCall', phone.display) };
  }
  for (const a of attributesOf(widget)) {
    const web = kindOf(a) === 'url' && a.name !== 'src' ? safeWebsite(attrs[a.name] ?? '') : undefined;
    if (web) return { href: web, text: visitorText(lang, 'fallbackWeb') };
  }
  return { href: 'tel:+18443631423', text: visitorText(lang, 'fallbackDefault') };
}

export function scriptSnippet(widget: WidgetInfo, attrs: Readonly<Record<string, string>>, base: string, loader: boolean): string {
  const src = new URL(scriptFile(widget, loader), base).href;
  const pairs = configured(widget, attrs).map(([name, value]) => (value === 'true' && kindOf(attributesOf(widget).find((a) => a.name === name)!) === 'boolean' ? name : `${name}="${escapeAttribute(value)}"`));
  const open = pairs.length > 2 ? `<${widget.tag}\n  ${pairs.join('\n  ')}\n>` : `<${[widget.tag, ...pairs].join(' ')}>`;
  const link = fallbackLink(widget, attrs);
  return `<script type="module" src="${escapeAttribute(src)}"></script>\n${open}\n  <a href="${escapeAttribute(link.href)}">${escapeText(link.text)}</a>\n</${widget.tag}>`;
}

/** The attributes the iframe cannot carry (dist/embed.html accepts only its list), as [name, value]. */
export function notInIframe(widget: WidgetInfo, attrs: Readonly<Record<string, string>>): [string, string][] {
  const allowed = embedAttributes(widget);
  return configured(widget, attrs).filter(([name, value]) => !allowed.includes(name) || (name === 'variant' && value === 'floating'));
}

/** `embed.html?widget=…&…` for these attributes (those the iframe can carry). */
export function embedUrl(widget: WidgetInfo, attrs: Readonly<Record<string, string>>, base: string): string {
  const params = new URLSearchParams({ widget: widget.folder });
  const skip = new Set(notInIframe(widget, attrs).map(([name]) => name));
  for (const [name, value] of configured(widget, attrs)) if (!skip.has(name)) params.set(name, value);
  return `${new URL('embed.html', base).href}?${params.toString().replace(/\+/g, '%20')}`;
}

export function iframeSnippet(widget: WidgetInfo, attrs: Readonly<Record<string, string>>, base: string, height: number): string {
  const allow = widget.allow ? `\n  allow="${widget.allow}"` : '';
  return (
    // The address as the README writes it: URLSearchParams has encoded every quote and angle bracket, and a bare & is safe in an attribute.
    `<iframe\n  src="${embedUrl(widget, attrs, base)}"\n  title="${escapeAttribute(widget.title)}"\n` +
    `  style="width: 100%; height: ${height}px; border: 0"${allow} loading="lazy"></iframe>`
  );
}
