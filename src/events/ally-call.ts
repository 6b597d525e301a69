/** Emitted when a visitor taps a call or text link. Carries the number dialled, never anything about the visitor. */
export type AllyCallEvent = CustomEvent<{ number: string; via: 'call' | 'sms' }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-call': AllyCallEvent;
  }
}
