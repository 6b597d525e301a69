/** Emitted when a visitor flips the know-your-rights card. `side` is the side now shown. */
export type AllyFlipEvent = CustomEvent<{ side: 'you' | 'officer' }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-flip': AllyFlipEvent;
  }
}
