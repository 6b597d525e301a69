/** Emitted when a visitor picks a language in any widget's menu; every widget on the page follows. */
export type AllyLanguageChangeEvent = CustomEvent<{ lang: string; previous: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-language-change': AllyLanguageChangeEvent;
  }
}
