import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from './localize-runtime.js';
import { heading } from './heading.js';
import { languageMenu } from './language-menu.js';
import { directionOf, matchLocale, menuOrder } from './languages.js';
import {
  LANGUAGE_CHANGE_EVENT,
  LocalePriority,
  SHIPPED_LOCALES,
  getLocale,
  requestLocale,
  resolveInitialLocale,
} from './localization.js';
import type { AllyLanguageChangeEvent } from '../events/ally-language-change.js';

export type Theme = 'light' | 'dark' | 'auto';
/** The widget whose menu the visitor last used, and the language chosen: only that widget announces the change. */
let chosen: [AllyElement, string] | undefined;
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
/** Every shipped language in menu order, computed once. */
let menuOrdered: string[] | undefined;

/**
 * What every Ally widget shares: the common attributes (`lang`, `languages`,
 * `theme`, `accent`, `heading-level`) validated with a console warning,
 * page-wide language, the language menu, typed `emit()` and the
 * `part="base"` wrapper with `lang`/`dir`/theme applied. The common
 * attributes and event are documented here once, for every widget.
 *
 * @attr {string} lang - Initial language (BCP 47, e.g. `es`, `zh-Hant`). Absent: the nearest ancestor's `lang`, then the visitor's browser languages, then English.
 * @attr {string} languages - Space-separated languages for the widget's language menu; absent: every shipped language; `none`: no menu.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` follows the visitor's system setting. Default `light`.
 * @attr {string} accent - A CSS colour for buttons and highlights; an invalid value is ignored with a console warning.
 * @attr {number} heading-level - 2–6: the level of the widget's own heading, to fit the page's outline (headings inside it are one level below). Default 2.
 *
 * @event {CustomEvent<{lang: string, previous: string}>} ally-language-change - A visitor chose a language in a widget's menu; every widget on the page follows.
 */
export abstract class AllyElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
    languages: { type: String },
    theme: { type: String },
    accent: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Initial language (BCP 47). Absent: nearest ancestor's `lang`, then the browser's languages, then English. */
  declare lang: string;
  /** Space-separated languages for the menu; absent: all shipped; `none`: no menu. */
  declare languages: string | undefined;
  /** `light` (default), `dark` or `auto` (follows `prefers-color-scheme`). */
  declare theme: Theme | undefined;
  /** A CSS colour for buttons and highlights; invalid values are ignored with a warning. */
  declare accent: string | undefined;
  /** 2–6: the level of the widget's own heading (default 2). */
  declare headingLevel: number | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The `lang` this element's language was last decided from (on connecting, or by a later change). */
  private langSeen: string | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.langSeen = this.getAttribute('lang');
    const { locale, priority } = resolveInitialLocale(this);
    void requestLocale(locale, priority);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A `lang` set or changed after the element connected, from absent too, switches the page.
    if (changed.has('lang') && this.lang && this.lang !== this.langSeen) {
      this.langSeen = this.lang;
      const locale = matchLocale(this.lang, SHIPPED_LOCALES);
      if (locale) void requestLocale(locale, LocalePriority.Visitor);
    }
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme as Theme)) {
      this.warn('theme', this.theme, 'light, dark or auto');
    }
    if (changed.has('headingLevel') && this.headingLevel != null && this.level !== this.headingLevel) {
      this.warn('heading-level', String(this.getAttribute('heading-level')), 'a number from 2 to 6');
    }
  }

  /** The accent being applied (src/internal/accent-line.ts, loaded only when a partner sets `accent`). */
  private accentTask?: Promise<unknown>;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The loader (dist/ally-widgets.js) preloads that module when it sees `accent`, so the colour shows with the first render.
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (base && (changed.has('accent') || changed.has('theme')) && (this.accent != null || changed.get('accent') != null)) {
      const checkValue = changed.has('accent');
      this.accentTask = import('./accent-line.js').then(
        (m) => m.applyAccent(base, this.accent, this.resolvedTheme, this.localName, checkValue && this.warn.bind(this)),
        () => {},
      );
    }
  }

  /** `updateComplete` also waits for the accent colour to be applied. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.accentTask;
    return done;
  }

  /** Logs one clear warning naming the element, the attribute and the bad value. */
  protected warn(attribute: string, value: string, expected: string): void {
    console.warn(`<${this.localName}>: ${attribute}="${value}" is not valid (expected ${expected}); using the default.`);
  }

  /** Dispatches a bubbling, composed `ally-*` event from this element. */
  protected emit<K extends keyof GlobalEventHandlersEventMap & `ally-${string}`>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /** The heading level to render (2 when absent or invalid). */
  protected get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  protected get resolvedTheme(): Theme {
    return THEMES.includes(this.theme as Theme) ? (this.theme as Theme) : 'light';
  }

  /** Languages for the menu: the partner's, in their order, always including the one shown; else every shipped one, English first, then by own name (menuOrder). */
  protected get menuLocales(): string[] {
    const list = this.languages?.trim();
    if (list === 'none') return [];
    if (!list) return (menuOrdered ??= menuOrder(SHIPPED_LOCALES));
    const chosen = list
      .split(/\s+/)
      .map((tag) => matchLocale(tag, SHIPPED_LOCALES))
      .filter((l): l is string => !!l);
    const current = getLocale();
    const unique = [...new Set(chosen)];
    if (unique.length && !unique.includes(current)) unique.unshift(current);
    return unique;
  }

  /** Renders the widget's own heading at `heading-level`. */
  protected heading(content: unknown, part = 'heading', id?: string): TemplateResult {
    return heading(this.level, content, part, id);
  }

  /** The language menu (nothing when `languages="none"` or only one language ships). */
  protected languageMenu() {
    const locale = getLocale();
    return languageMenu(this.menuLocales, locale, (chosen) => this.chooseLanguage(chosen), chosen?.[0] === this && chosen[1] === locale);
  }

  /** A visitor's choice: switch the whole page and tell the partner. */
  protected chooseLanguage(locale: string): void {
    const previous = getLocale();
    if (locale === previous) return;
    chosen = [this, locale];
    // The window listener in localization.ts switches every widget, in every copy of the library.
    this.emit(LANGUAGE_CHANGE_EVENT as 'ally-language-change', { lang: locale, previous } as AllyLanguageChangeEvent['detail']);
  }

  /** Wraps the widget in `part="base"` with language, direction, theme and accent applied. */
  protected frame(content: unknown, extraClass = ''): TemplateResult {
    const locale = getLocale();
    return html`<div
      part="base"
      class="base ${extraClass}"
      lang=${locale}
      dir=${directionOf(locale)}
      data-theme=${this.resolvedTheme}
    >
      ${content}
    </div>`;
  }
}
