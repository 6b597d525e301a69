/**
 * Shared steps of the partner-page suite: open a test page (test/pages/*.html,
 * which loads the built dist/ through <script> tags) in a same-origin iframe,
 * wait for the widgets, find the primary action, click through everything,
 * and read back what test/pages/record-errors.js recorded.
 */
import { waitUntil } from '@open-wc/testing';
import { CASES, TAGS, type WidgetCase } from './widget-cases.js';

export interface PageWindow extends Window {
  __errors: string[];
  __violations: string[];
  __network: string[];
  __navigations: string[];
  __clicks: EventTarget[];
  __prints: number;
  __mounted: Promise<unknown>;
  axe?: { run: (context: Element, options?: unknown) => Promise<{ violations: AxeViolation[] }> };
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  /** The mounted widgets, in case order. */
  widgets: HTMLElement[];
  close(): void;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  lang?: string;
  css?: string[];
  /** Wait for every widget to render (default true). */
  upgrade?: boolean;
  extra?: string;
}

/**
 * Loads `/test/pages/<page>?case=…` in an iframe pinned to the top-left corner
 * of the test page (so mouse coordinates are simple) and waits until each
 * widget has rendered in the expected language.
 */
export async function openPage(page: string, cases: WidgetCase[] | 'none', options: OpenOptions = {}): Promise<Page> {
  const { width = 780, height = 560, lang, css = [], upgrade = true, extra = '' } = options;
  const query = new URLSearchParams({ case: cases === 'none' ? 'none' : cases.map((c) => c.id).join(',') });
  if (lang) query.set('lang', lang);
  if (css.length) query.set('css', css.join(','));
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.style.cssText = `position:fixed;top:0;left:0;border:0;margin:0;width:${width}px;height:${height}px;background:#fff;z-index:1`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}?${query}${extra}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.__mounted, `${page}: mount.js did not run`, { timeout: 4000 });
  await win.__mounted;
  const widgets = [...doc.querySelectorAll<HTMLElement>('[data-case]')];
  if (upgrade) await Promise.all(widgets.map((el) => rendered(el, lang ?? 'en')));
  return { frame, win, doc, widgets, close: () => frame.remove() };
}

/** Resolves once `el` has upgraded and rendered its `part="base"` in `lang`. */
export async function rendered(el: HTMLElement, lang = 'en'): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector(`[part~="base"][lang="${lang}"]`),
    `<${el.localName} data-case="${el.dataset.case}"> never rendered in ${lang}`,
    { timeout: 5000 },
  );
  await settle(el);
}

/** Waits for the element's pending update and two frames of its window. */
export async function settle(el: Element, ms = 0): Promise<void> {
  const win = el.ownerDocument.defaultView!;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  if (ms) await new Promise((r) => setTimeout(r, ms));
}

/** The primary action of `c` inside `el`'s shadow root: the first selector that matches a rendered element. */
export function primaryOf(el: HTMLElement, c: WidgetCase): HTMLElement | null {
  for (const selector of c.primary) {
    const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find((n) => n.getClientRects().length > 0);
    if (found) return found;
  }
  return null;
}

/** The visible text of a widget (its `part="base"`), whitespace collapsed. */
export function widgetText(el: HTMLElement): string {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
  return (base?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** Why `node` cannot be seen, or '' when it can (size, display, visibility, opacity up the flat tree). */
export function invisibility(node: HTMLElement): string {
  const rect = node.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return `it is ${rect.width}×${rect.height} px`;
  const win = node.ownerDocument.defaultView!;
  let current: Element | null = node;
  while (current) {
    const style = win.getComputedStyle(current);
    if (style.display === 'none') return `<${current.localName}> has display: none`;
    if (style.visibility !== 'visible' && current === node) return `visibility: ${style.visibility}`;
    if (Number(style.opacity) < 0.1) return `<${current.localName}> has opacity ${style.opacity}`;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

/** Elements of a shadow tree (and nested shadow trees). */
export function deepElements(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/**
 * Interactive elements a visitor can reach in the widget. Controls inside a
 * closed accordion panel (`hidden="until-found"`: content-visibility hidden,
 * neither shown nor focusable) are not reachable until the panel opens.
 */
export function controlsOf(el: HTMLElement): HTMLElement[] {
  return deepElements(el.shadowRoot!).filter(
    (n) =>
      n.matches('a[href], button, summary, select, input:not([type="hidden"]), textarea, [role="button"], [role="tab"], [role="switch"], [tabindex]:not([tabindex="-1"])') &&
      n.getClientRects().length > 0 &&
      n.checkVisibility(),
  );
}

/**
 * Does what a curious visitor does: clicks every button, summary and link
 * (links leaving the page are cancelled by record-errors.js), types a name
 * and a ZIP code into every text field, picks every option of every select
 * (the language menu included), ticks every box — in rounds, so controls
 * that appear after a click (QR code, officer view, close buttons) are used too.
 * Returns what it did, for failure messages.
 */
export async function exercise(el: HTMLElement, rounds = 4): Promise<string[]> {
  const done = new Set<string>();
  const log: string[] = [];
  const win = el.ownerDocument.defaultView!;
  for (let round = 0; round < rounds; round++) {
    let acted = false;
    const seen = new Map<string, number>();
    for (const control of controlsOf(el)) {
      const base = `${control.localName}|${control.getAttribute('part') ?? ''}|${control.getAttribute('name') ?? ''}|${control.getAttribute('type') ?? ''}|${control.className}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = `${base}|${n}`;
      if (done.has(key) || !control.isConnected || control.getClientRects().length === 0) continue;
      done.add(key);
      acted = true;
      const name = `${control.localName}${control.getAttribute('part') ? `[part=${control.getAttribute('part')}]` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
      if (control.localName === 'select') {
        const select = control as HTMLSelectElement;
        const original = select.value;
        for (const option of [...select.options].slice(0, 8)) {
          select.value = option.value;
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          await settle(el, 30);
        }
        if (select.isConnected && select.value !== original) {
          select.value = original;
          select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          await settle(el, 30);
        }
        log.push(`picked every option of ${name}`);
      } else if ((control.localName === 'input' && /^(text|search|email|tel|url|number|)$/.test((control as HTMLInputElement).type)) || control.localName === 'textarea') {
        for (const text of ['maria', '90012', '']) {
          (control as HTMLInputElement).value = text;
          control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
          control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          await settle(el, 50);
        }
        log.push(`typed into ${name}`);
      } else {
        control.click();
        log.push(`clicked ${name}`);
      }
      await settle(el, 20);
    }
    if (!acted) break;
  }
  await networkIdle(win);
  return log;
}

/** Waits until no new resource has been fetched for 150 ms. */
export async function networkIdle(win: Window, quietMs = 150, maxMs = 4000): Promise<void> {
  const start = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    const now = win.performance.getEntriesByType('resource').length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What the built dist/ offers: the registered tags and the languages it ships. */
export interface DistInfo {
  tags: Set<string>;
  locales: string[];
}

let probe: Promise<DistInfo> | undefined;

/**
 * The tags of the widget registry (every one is built into dist/) and the
 * languages dist/ ships (read from the hotline's language menu, found by
 * loading it in a test page). Computed once per test file (top-level await).
 */
export function probeDist(): Promise<DistInfo> {
  probe ??= (async () => {
    const hotline = CASES.find((c) => c.id === 'hotline-default')!;
    const page = await openPage('widgets.csp.html', [hotline]);
    const options = [...page.widgets[0].shadowRoot!.querySelectorAll('[part~="language-select"] option')];
    const locales = options.length ? options.map((o) => o.getAttribute('value')!) : ['en'];
    page.close();
    return { tags: new Set<string>(TAGS), locales };
  })();
  return probe;
}

/** The registered tags. */
export async function definedTags(): Promise<Set<string>> {
  return (await probeDist()).tags;
}

/**
 * Declares one test per case. A case whose tag is not in the widget registry
 * fails, saying so.
 */
export function forEachCase(
  registered: Set<string>,
  title: (c: WidgetCase) => string,
  fn: (c: WidgetCase) => Promise<void>,
  cases: readonly WidgetCase[] = CASES,
): void {
  for (const c of cases) {
    if (registered.has(c.tag)) it(title(c), () => fn(c));
    else it(title(c), () => Promise.reject(new Error(`<${c.tag}> is not in the widget registry (src/widgets.mjs)`)));
  }
}

/** Clicks at the centre of `target` (inside `page`'s iframe) with the real mouse; resolves to what the click landed on. */
export async function realClick(page: Page, target: HTMLElement): Promise<EventTarget | undefined> {
  const { sendMouse } = await import('@web/test-runner-commands');
  target.scrollIntoView({ block: 'center', inline: 'center' });
  await settle(target);
  const frameRect = page.frame.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const x = Math.round(frameRect.left + rect.left + rect.width / 2);
  const y = Math.round(frameRect.top + rect.top + rect.height / 2);
  const before = page.win.__clicks.length;
  await sendMouse({ type: 'click', position: [x, y] });
  await waitUntil(() => page.win.__clicks.length > before, 'the click never reached the page', { timeout: 2000 });
  await sendMouse({ type: 'move', position: [0, 0] });
  return page.win.__clicks[before];
}

/** Parts of the widget that stick out of the screen or out of the element (unless inside a scrolling box). */
export function overflowing(page: Page, el: HTMLElement, floating: boolean): string[] {
  const win = page.win;
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  for (const node of deepElements(el.shadowRoot!)) {
    if (node.getClientRects().length === 0 || node.closest('.visually-hidden')) continue;
    let scroller = node.parentElement;
    while (scroller && !/(auto|scroll)/.test(win.getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
    if (scroller) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    const [left, right] = floating ? [0, win.innerWidth] : [Math.max(0, host.left), Math.min(win.innerWidth, host.right)];
    if (r.left < left - 1 || r.right > right + 1) problems.push(`${describeNode(node)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, outside ${Math.round(left)}–${Math.round(right)}`);
  }
  return problems.slice(0, 5);
}

/** A short description of what `node` is, for failure messages. */
export function describeNode(node: EventTarget | null | undefined): string {
  if (!node || typeof node !== 'object' || !('localName' in node)) return String(node);
  const el = node as Element;
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
}
