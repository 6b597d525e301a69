const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);

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

/** Only web links (http/https): for websites in partner data. */
export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** A website link, or undefined. Bare domains ("example.org") are read as https. */
export function safeWebsite(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/i.test(trimmed)) return safeHref(`https://${trimmed}`, WEB_PROTOCOLS);
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  return safeHref(trimmed, WEB_PROTOCOLS);
}

/** A mailto: link for a plausible e-mail address, or undefined. */
export function safeMailto(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim().replace(/^mailto:/i, '');
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) return undefined;
  return safeHref(`mailto:${email}`);
}
