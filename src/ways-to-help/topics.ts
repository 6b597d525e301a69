import { safeHref } from '../internal/safe-url.js';
import { safeMailto, safeWebsite, WEB_PROTOCOLS } from '../internal/web-address.js';

/** The groups of actions, in the order they are shown by default: listening comes first. */
export const TOPICS = ['listen', 'legal', 'volunteer', 'advocate', 'training'] as const;
export type Topic = (typeof TOPICS)[number];

export const LAYOUTS = ['list', 'cards', 'accordion'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The partner's links: each is an attribute (`volunteer-url` …, `contact`) and the `via` of `ally-action`. */
export type Via = 'accompany' | 'volunteer' | 'donate' | 'events' | 'training' | 'contact';

/** Which partner links each group offers, in order. `contact` ("Talk to us") closes the widget, after every group. */
export const GROUP_LINKS: Readonly<Record<Topic, readonly Via[]>> = {
  listen: [],
  legal: ['accompany'],
  volunteer: ['volunteer', 'donate'],
  advocate: ['events'],
  training: ['training'],
};

/**
 * Reads a space-separated list of topics (`topics`, `open`): known words in the
 * order written, once each, case and extra spaces ignored, plus the unknown words.
 * `all` stands for every topic.
 */
export function parseTopics(value: string | null | undefined): { topics: Topic[]; invalid: string[] } {
  const topics = new Set<Topic>();
  const invalid: string[] = [];
  for (const word of (value ?? '').trim().toLowerCase().split(/\s+/)) {
    if (word === 'all') TOPICS.forEach((t) => topics.add(t));
    else if (TOPICS.includes(word as Topic)) topics.add(word as Topic);
    else if (word) invalid.push(word);
  }
  return { topics: [...topics], invalid };
}

/**
 * A partner's sign-up link: a web address (`https://…`, `example.org/join`) or a
 * path on the partner's own site (`/volunteer`); with `mail`, also an e-mail
 * address (`help@example.org` or `mailto:…`). Anything else (`javascript:`,
 * `data:`, a phone number, words) gives `undefined`.
 */
export function partnerLink(value: string | null | undefined, mail = false): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (mail && (/^mailto:/i.test(text) || /^[^\s/:@]+@[^\s/@]+$/.test(text))) return safeMailto(text);
  return safeWebsite(text) ?? (/^[/?#]|^\.\.?\//.test(text) ? safeHref(text, WEB_PROTOCOLS) : undefined);
}
