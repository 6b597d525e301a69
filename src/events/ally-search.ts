/**
 * Emitted by `<ally-group-finder>` when a visitor's search settles (half a
 * second after the last keystroke, at once on Enter or a filter change).
 * Never carries location data: a ZIP code in the query is left out of
 * `query` (only `zip: true` says one was used), and the visitor's position
 * is never included (`nearMe: true` says "Use my location" is on).
 */
export type AllySearchEvent = CustomEvent<{
  /** The words searched for, without any ZIP code. */
  query: string;
  /** How many groups match. */
  count: number;
  /** A ZIP code was part of the search (the ZIP itself is not reported). */
  zip: boolean;
  /** Results are ordered by distance from the visitor's own position (not reported). */
  nearMe: boolean;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-search': AllySearchEvent;
  }
}
