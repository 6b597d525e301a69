// The live preview: the real widget in dist/embed.html, in an iframe as wide
// as a phone or a desktop (the widget sees that viewport), with its height
// following the page's ally-embed-resize message. Attribute changes are set
// on the element inside (same origin, no reload); a new widget or language
// loads a new page, so each preview starts as a visitor's page would.
import { attributesOf, embedAttributes, type WidgetInfo } from './catalog.js';
import { configured } from './snippet.js';

export interface PreviewConfig {
  widget: WidgetInfo;
  /** The attributes as they will be written, plus the preview's own theme and language. */
  attrs: Record<string, string>;
}

interface ResizeMessage {
  type: 'ally-embed-resize';
  height: number;
}

/** The attributes to show: as configured, with the preview's theme and language over them. */
export function previewAttributes(widget: WidgetInfo, attrs: Record<string, string>, theme: string, lang: string): Record<string, string> {
  const out = Object.fromEntries(configured(widget, attrs));
  if (theme) out.theme = theme;
  if (lang) out.lang = lang;
  return out;
}

export class Preview {
  readonly frame: HTMLIFrameElement;
  private key = '';
  /** The attributes the builder set on the element (others are the widget's own, e.g. a reflected `side`). */
  private applied = new Set<string>();
  private config?: PreviewConfig;

  constructor(
    private readonly base: string,
    private readonly onHeight: (height: number) => void,
  ) {
    this.frame = document.createElement('iframe');
    this.frame.className = 'preview-frame';
    this.frame.addEventListener('load', () => this.apply());
    addEventListener('message', (event: MessageEvent<ResizeMessage>) => {
      if (event.source === this.frame.contentWindow && event.data?.type === 'ally-embed-resize') this.onHeight(event.data.height);
    });
  }

  /** Shows `config`: a new page for a new widget or language, else the attributes set in place. */
  show(config: PreviewConfig, title: string): void {
    this.config = config;
    this.frame.title = title;
    const key = `${config.widget.folder}|${config.attrs.lang ?? ''}`;
    if (key !== this.key || !this.frame.src) {
      this.key = key;
      this.applied = new Set(Object.keys(config.attrs));
      const params = new URLSearchParams({ widget: config.widget.folder });
      if (config.attrs.lang) params.set('lang', config.attrs.lang);
      this.frame.src = new URL(`embed.html?${params}`, this.base).href;
      return;
    }
    this.apply();
  }

  /** The widget element inside, once there. */
  element(): HTMLElement | null {
    try {
      return this.frame.contentDocument?.querySelector<HTMLElement>(this.config?.widget.tag ?? 'x-none') ?? null;
    } catch {
      return null;
    }
  }

  private apply(): void {
    const config = this.config;
    const doc = this.frame.contentDocument;
    if (!config || !doc?.body) return;
    const element = this.element();
    if (!element) {
      // embed.html adds the element from its query string; until it has, the attributes wait for the next load event.
      if (!doc.querySelector('script[src$="embed.js"]')) return;
      const observer = new MutationObserver(() => {
        if (this.element()) {
          observer.disconnect();
          this.apply();
        }
      });
      observer.observe(doc.body, { childList: true });
      return;
    }
    for (const a of attributesOf(config.widget)) {
      const value = config.attrs[a.name];
      if (a.name === 'lang') continue;
      if (value == null) {
        if (this.applied.delete(a.name)) element.removeAttribute(a.name);
      } else {
        this.applied.add(a.name);
        if (element.getAttribute(a.name) !== value) element.setAttribute(a.name, value);
      }
    }
  }
}

/** The attributes an iframe can carry (the rest show only with the script tag). */
export const iframeCarries = (widget: WidgetInfo, name: string): boolean => embedAttributes(widget).includes(name);
