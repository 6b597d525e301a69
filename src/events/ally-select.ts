/** Emitted by `<ally-group-finder>` when a visitor opens one of a group's links (call, hotline, e-mail, website). */
export type AllySelectEvent = CustomEvent<{
  /** The group's name, as in the data. */
  name: string;
  /** Which link: `phone`, `hotline`, `email` or `website`. */
  via: 'phone' | 'hotline' | 'email' | 'website';
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-select': AllySelectEvent;
  }
}
