import { matchesText, type Group, type Service } from './search.js';

/** What a visitor narrowed the list to (besides the search words). */
export interface Filters {
  /** Two-letter state code, or '' for every state. */
  state: string;
  /** Services wanted: a group matches when it offers any of them; none: every group. */
  services: readonly Service[];
  /** A BCP 47 language the group speaks (`es` also matches `es-MX`), or ''. */
  language: string;
  /** Only groups led by immigrants. */
  immigrantLedOnly: boolean;
}

/**
 * The groups that match every search needle (from `parseQuery`) and every
 * filter, in the order given. With a state filter, that state's groups come
 * first, then the national organisations (they serve there too).
 */
export function filterGroups(groups: readonly Group[], needles: readonly string[], filters: Filters): readonly Group[] {
  const { state, services, language, immigrantLedOnly } = filters;
  // Nothing to narrow by (the search index already matched the words): the groups as given, without a pass over 20,000.
  if (!needles.length && !state && !services.length && !language && !immigrantLedOnly) return groups;
  const found: Group[] = [];
  const national: Group[] = [];
  for (const group of groups) {
    if (immigrantLedOnly && !group.immigrantLed) continue;
    if (language && !group.languages.some((l) => l === language || l.startsWith(`${language}-`))) continue;
    if (services.length && !group.services.some((s) => services.includes(s))) continue;
    if (!matchesText(group, needles)) continue;
    if (state && group.state !== state) {
      if (group.national) national.push(group);
      continue;
    }
    found.push(group);
  }
  return national.length ? found.concat(national) : found;
}
