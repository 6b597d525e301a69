// Types of the widget registry (src/widgets.mjs) for TypeScript code.
export interface WidgetEntry {
  /** The element's name, `ally-…`. */
  readonly tag: `ally-${string}`;
  /** Its folder under src/. */
  readonly folder: string;
  /** Its message group (the prefix of its message ids). */
  readonly messages: string;
  /** Its own attributes that dist/embed.html may set from the query string. */
  readonly embed: readonly string[];
  /** Gzip bytes of its own module in dist/, without its on-demand parts. */
  readonly budget: number;
  /** The `allow` attribute its iframe needs in dist/embed.html (e.g. `fullscreen`). */
  readonly allow?: string;
}
export declare const COMMON_ATTRIBUTES: readonly string[];
export declare const WIDGETS: readonly WidgetEntry[];
export declare const BUDGETS: {
  readonly loader: number;
  readonly loaderCoreWidget: number;
  readonly loaderCoreWidgetCeiling: number;
  readonly fourWidgetPage: number;
  readonly fourWidgetPageCeiling: number;
  readonly strings: number;
};
