/** The five Ds of bystander intervention, in the order they are taught. */
export const FIVE_DS = ['distract', 'delegate', 'document', 'delay', 'direct'] as const;
export type FiveD = (typeof FIVE_DS)[number];

export const LAYOUTS = ['accordion', 'cards', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * Reads the `open` attribute: one D (`delay`), several separated by spaces
 * (`distract delegate`), or `all`; case and extra spaces do not matter. A bare
 * `open` (present but empty, as on `<details open>`) opens every D.
 * Returns the Ds to open and the words that are not valid.
 */
export function parseOpen(value: string | null | undefined): { open: Set<FiveD>; invalid: string[] } {
  const open = new Set<FiveD>();
  const invalid: string[] = [];
  const words = value?.trim().toLowerCase() ?? '';
  for (const word of (value != null && !words ? 'all' : words).split(/\s+/)) {
    if (word === 'all') FIVE_DS.forEach((d) => open.add(d));
    else if (FIVE_DS.includes(word as FiveD)) open.add(word as FiveD);
    else if (word) invalid.push(word);
  }
  return { open, invalid };
}
