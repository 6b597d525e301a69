// Links made from partner attributes and feeds. Every check here is linear in
// the length of its input (no regular expression with nested or overlapping
// quantifiers), and every input is length-capped before it is looked at, so a
// hostile 160,000-character "website" costs nothing.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);

/** No real web address is longer (browsers and servers refuse far shorter ones in practice). */
export const MAX_URL_LENGTH = 2000;

/**
 * Returns `value` as an absolute URL string when its protocol is one we allow
 * in an `href` (http, https, tel, sms, mailto); otherwise `undefined`, so a
 * `javascript:` or `data:` value never becomes a link.
 */
export function safeHref(value: unknown, allowed: ReadonlySet<string> = ALLOWED_PROTOCOLS): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, globalThis.location?.href ?? 'https://invalid.example/');
  } catch {
    return undefined;
  }
  return allowed.has(url.protocol) ? url.href : undefined;
}
