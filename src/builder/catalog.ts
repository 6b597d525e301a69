// What the builder knows of the widgets: written at build time by
// scripts/build-builder.mjs from the widget registry, custom-elements.json and
// the README's attribute tables (module `ally-builder:catalog`), so a new
// widget appears here without builder code.
import data from 'ally-builder:catalog';

export interface AttributeInfo {
  name: string;
  /** The manifest's type: `string | undefined`, `number`, `boolean` or a union of literals. */
  type: string;
  /** The values of an enumeration (`'button' | 'banner'`). */
  options?: string[];
  /** The README's "meaning" cell. */
  description: string;
  /** The README's "default" cell, as written. */
  defaultText: string;
  /** The default as a value, when the README names one (`button`, `2`). */
  defaultValue?: string;
}

export interface WidgetInfo {
  tag: string;
  folder: string;
  /** Its README section's title ("Hotline button"). */
  title: string;
  /** Its own attributes dist/embed.html accepts in the query string. */
  embed: string[];
  /** The `allow` its iframe needs (`fullscreen`). */
  allow?: string;
  attributes: AttributeInfo[];
}

export interface Catalog {
  widgets: WidgetInfo[];
  /** The attributes every widget accepts. */
  common: AttributeInfo[];
}

export const CATALOG: Catalog = data;

export const widgetByFolder = (folder: string | null | undefined): WidgetInfo | undefined => CATALOG.widgets.find((w) => w.folder === folder);

/** Every attribute of a widget: its own, then the common ones. */
export const attributesOf = (widget: WidgetInfo): AttributeInfo[] => [...widget.attributes, ...CATALOG.common];

/** The attributes dist/embed.html accepts for a widget. */
export const embedAttributes = (widget: WidgetInfo): string[] => [...widget.embed, ...CATALOG.common.map((a) => a.name)];
