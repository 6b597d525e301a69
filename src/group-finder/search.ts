import type { Phone } from '../internal/phone.js';

/** The kinds of help a group offers (the `services` field of a feed). */
export const SERVICES = [
  'legal',
  'rapid-response',
  'accompaniment',
  'sanctuary',
  'bail-fund',
  'mutual-aid',
  'ally-training',
  'daca-tps',
  'food',
  'education',
  'other',
] as const;
export type Service = (typeof SERVICES)[number];

/** One group, cleaned: every link already checked, every phone normalised. */
export interface Group {
  name: string;
  description: string;
  city: string;
  /** Two-letter code when the feed gave a US state or territory, else as written. */
  state: string;
  /** Five digits, or ''. */
  zip: string;
  lat?: number;
  lng?: number;
  phone?: Phone;
  hotline?: Phone;
  /** An e-mail address that looks valid; the link is made (and checked) by safeMailto when shown. */
  email?: string;
  /** A website that looks like an http(s) address; the link is made (and checked) by safeWebsite when shown. */
  website?: string;
  services: Service[];
  /** Canonical BCP 47 codes. */
  languages: string[];
  immigrantLed: boolean;
  national: boolean;
  /** `YYYY-MM-DD`, or ''. */
  verified: string;
  /** The language of the feed's own text (name, description): the row's `lang`, else the feed's declared language. */
  lang: string;
  /** One of the bundled national organisations (its description is shown translated). */
  bundled?: boolean;
  /** Folded search text of name, description, city, state (code and name) and service ids: ` word word …`. */
  text: string;
  /** Miles from the current search origin (set while one is active). */
  distance?: number;
}

const plainChars = new Map<string, string>();
/** A character without its accents (é → e, ñ → n), others as they are; one NFD per distinct character, not per text. */
function plain(c: string): string {
  let p = plainChars.get(c);
  if (p === undefined) {
    const d = c.normalize('NFD');
    plainChars.set(c, (p = /[\u0300-\u036f]/.test(d) ? d.replace(/[\u0300-\u036f]/g, '') : c));
  }
  return p;
}

/**
 * Search form of a text: accents removed, lower case, every run of
 * characters that are not letters or digits one space, with a leading space
 * so that ` ${word}` finds a word that starts with `word`.
 */
export function fold(text: string): string {
  return (
    ' ' +
    text
      .replace(/[^\0-\x7f]/g, plain)
      .toLowerCase()
      // Spaces and punctuation (ASCII, Latin-1, general, CJK), listed rather than \P{L} for speed on 10,000 records.
      .replace(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+/g, ' ')
      .trim()
  );
}

/** Scripts written without spaces between words: a query word there matches anywhere, not only at a word start. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export interface Query {
  /** Needles to find in `Group.text`, all required. */
  needles: string[];
  /** A 5-digit US ZIP code in the query, or ''. */
  zip: string;
  /** The words typed, without any token that holds a digit (a ZIP code, coordinates, a street number): safe to report in `ally-search`. */
  words: string;
}

/** The most of a search that is read (the search box allows as many characters): no real search is longer. */
export const MAX_QUERY_LENGTH = 200;

/** Splits what a visitor typed into words to match and an optional ZIP code (`78701`, `78701-1234`). */
export function parseQuery(input: string): Query {
  let zip = '';
  const rest: string[] = [];
  const words: string[] = [];
  for (const token of input.slice(0, MAX_QUERY_LENGTH).trim().split(/\s+/)) {
    const m = /^(\d{5})(-\d{4})?$/.exec(token);
    if (m && !zip) zip = m[1];
    else if (token) rest.push(token);
    // Nothing location-like leaves the page: every token with a digit (49504, zip:49503, 42.96,-85.67, 42°57′N) stays out of `words`.
    if (token && !/\p{Nd}/u.test(token)) words.push(token);
  }
  const needles = fold(rest.join(' '))
    .split(' ')
    .filter(Boolean)
    .map((w) => (UNSPACED.test(w) ? w : ` ${w}`));
  return { needles, zip, words: words.join(' ') };
}

/** True when every needle occurs in the group's search text (so every word matches a word start). */
export function matchesText(group: Group, needles: readonly string[]): boolean {
  for (const needle of needles) if (!group.text.includes(needle)) return false;
  return true;
}
