/**
 * The card's date helpers, small enough to ship with the element. The card's
 * text itself loads on first use (`rights-card.content.ts`).
 */

/** The date this content was last checked against US law and practice (ISO). */
export const CONTENT_DATE = '2026-11-30';

/** A valid ISO calendar date (`YYYY-MM-DD`) as a UTC Date, or null. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCDate() === +m[3] && date.getUTCMonth() === +m[2] - 1 ? date : null;
}

/** A date as the page's language writes it ("November 21, 2026", "21 de noviembre de 2026"). */
export function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
