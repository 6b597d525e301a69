// Websites and e-mail addresses from partner attributes and feeds (the ways-to-help
// links, the group finder's list): split from safe-url.ts so the widgets that only
// make tel:/sms:/https: links from attributes do not download these checks. Linear
// in the length of their input, and length-capped first, like safe-url.ts.
import { MAX_URL_LENGTH, safeHref } from './safe-url.js';

/** RFC 5321: a mailbox is at most 254 characters, its local part at most 64. */
export const MAX_EMAIL_LENGTH = 254;

/** Only web links (http/https): for websites in partner data. */
export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

const LABEL = /^[\p{L}\p{N}-]{1,63}$/u;
const TOP_LABEL = /^(\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * A host name of two or more dot-separated labels ("example.org",
 * "sub.example.co.uk", "bücher.de"): one pass over its characters (feeds
 * have thousands of websites), a regular expression only for a non-ASCII label.
 */
function isDomain(host: string): boolean {
  const n = host.length;
  if (!n || n > 253) return false;
  let labels = 0;
  let start = 0;
  let last = 0;
  let ascii = true;
  let lastAscii = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? host.charCodeAt(i) : 46;
    if (c === 46) {
      // '.': a label ends; 1–63 characters, no hyphen at either end.
      if (i === start || i - start > 63 || host.charCodeAt(start) === 45 || host.charCodeAt(i - 1) === 45) return false;
      if (!ascii && !LABEL.test(host.slice(start, i))) return false;
      labels++;
      last = start;
      lastAscii = ascii;
      start = i + 1;
      ascii = true;
    } else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45)) {
      if (c < 128) return false;
      ascii = false;
    }
  }
  return labels >= 2 && (lastAscii ? /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i : TOP_LABEL).test(host.slice(last));
}

/** An IPv4 address or "localhost", which an http(s) address may also name. */
const isOtherHost = (host: string) => host === 'localhost' || /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/**
 * The shape of a website a partner may list: `http(s)://host…` or a bare
 * domain (`example.org/path`), at most 2,000 characters, no spaces, no
 * user name in front of the host (`https://bank.example@other.example`).
 */
export function isWebAddress(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || /[\s\0-\x1f\x7f]/.test(value)) return false;
  const scheme = /^https?:\/\//i.exec(value);
  const rest = scheme ? value.slice(scheme[0].length) : value;
  let end = rest.length;
  for (const c of '/?#') {
    const at = rest.indexOf(c);
    if (at >= 0 && at < end) end = at;
  }
  if (!scheme && end < rest.length && rest[end] !== '/') return false;
  let host = rest.slice(0, end);
  if (host.includes('@')) return false;
  if (scheme) {
    const port = /:\d{1,5}$/.exec(host);
    if (port) host = host.slice(0, port.index);
    return isDomain(host) || isOtherHost(host);
  }
  return isDomain(host);
}

/** A website link, or undefined. Bare domains ("example.org") are read as https. */
export function safeWebsite(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH + 100) return undefined;
  const trimmed = value.trim();
  if (!isWebAddress(trimmed)) return undefined;
  return safeHref(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`, WEB_PROTOCOLS);
}

/** Characters of an address's local part: letters, digits and the few symbols real addresses use; never `?`, `&`, `%`, `,`, `;`, `/`. */
const LOCAL = /^[\p{L}\p{N}.!#$'*+=^_`{|}~-]{1,64}$/u;

/**
 * A plain e-mail address, and nothing more: one `@`, a local part of
 * ordinary characters, a domain; no `?cc=`/`?bcc=`/`?body=` parameters, no
 * second recipient, no percent-encoding, at most 254 characters.
 */
export function isPlainEmail(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  if (!(/^[\w.!#$'*+=^`{|}~-]{1,64}$/.test(local) || LOCAL.test(local)) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return isDomain(value.slice(at + 1));
}

/** A mailto: link for a plain e-mail address (`mailto:` in front is accepted), or undefined. */
export function safeMailto(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH + 100) return undefined;
  const email = value.trim().replace(/^mailto:/i, '');
  if (!isPlainEmail(email)) return undefined;
  return safeHref(`mailto:${email}`);
}
