// The builder's state, kept in the page address's fragment (#…) so a partner
// can bookmark or send a configuration; nothing is sent anywhere (a fragment
// never reaches a server). The widget's attributes are written as in
// embed.html's query string (`widget=hotline&number=…`); the builder's own
// settings start with `_`, which no attribute name does.
import { CATALOG, attributesOf, widgetByFolder } from './catalog.js';

export type Width = 'phone' | 'desktop';

export interface State {
  /** The widget's folder (`hotline`). */
  widget: string;
  /** Attribute values as typed (empty ones left out). */
  attrs: Record<string, string>;
  /** The builder's own language. */
  ui: string;
  /** Preview width. */
  width: Width;
  /** Preview-only theme and language ('' = as configured). */
  previewTheme: string;
  previewLang: string;
  /** Snippet loads ally-widgets.js (several widgets on the page) instead of the widget's own file. */
  loader: boolean;
}

export function readState(hash: string, uiDefault: string): State {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const widget = widgetByFolder(params.get('widget')) ?? CATALOG.widgets.find((w) => w.folder === 'hotline') ?? CATALOG.widgets[0];
  const names = new Set(attributesOf(widget).map((a) => a.name));
  const attrs: Record<string, string> = {};
  for (const [name, value] of params) if (names.has(name) && value !== '') attrs[name] = value.slice(0, 2000);
  return {
    widget: widget.folder,
    attrs,
    ui: params.get('_ui') ?? uiDefault,
    width: params.get('_width') === 'desktop' ? 'desktop' : 'phone',
    previewTheme: params.get('_theme') ?? '',
    previewLang: params.get('_lang') ?? '',
    loader: params.get('_loader') === '1',
  };
}

export function writeState(state: State): string {
  const params = new URLSearchParams({ widget: state.widget });
  for (const [name, value] of Object.entries(state.attrs)) if (value !== '') params.set(name, value);
  params.set('_ui', state.ui);
  if (state.width !== 'phone') params.set('_width', state.width);
  if (state.previewTheme) params.set('_theme', state.previewTheme);
  if (state.previewLang) params.set('_lang', state.previewLang);
  if (state.loader) params.set('_loader', '1');
  return `#${params.toString().replace(/\+/g, '%20')}`;
}
