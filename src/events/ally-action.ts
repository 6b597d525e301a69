import type { Topic, Via } from '../ways-to-help/topics.js';

/**
 * Emitted by `<ally-ways-to-help>` when a visitor opens one of the partner's links:
 * `topic` is the group it sits in (`null` for "Talk to us", which closes the widget),
 * `via` which link it is. Carries nothing about the visitor.
 */
export type AllyActionEvent = CustomEvent<{ topic: Topic | null; via: Via }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-action': AllyActionEvent;
  }
}
