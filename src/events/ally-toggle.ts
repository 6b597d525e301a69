import type { FiveD } from '../five-ds/ids.js';

/** Emitted by `<ally-five-ds>` when a visitor opens or closes one of the five Ds. */
export type AllyToggleEvent = CustomEvent<{ d: FiveD; open: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-toggle': AllyToggleEvent;
  }
}
