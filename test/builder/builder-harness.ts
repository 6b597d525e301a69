/**
 * Opens the built dist/builder.html in a same-origin iframe, as a partner
 * would open it from the dist/ folder, and pastes snippets into plain pages.
 */
import { waitUntil } from '@open-wc/testing';

export interface Builder {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** The text of the snippet shown in `<pre id=…>`. */
  text(id: string): string;
  /** Presses that snippet's Copy button and returns what went to the clipboard. */
  copy(id: string): Promise<string>;
  /** The widget element inside the preview, once rendered. */
  previewElement(tag: string): Promise<HTMLElement>;
  close(): void;
}

export async function openBuilder(fragment: URLSearchParams | string, width = 1280, height = 900): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.title = 'builder';
  frame.style.cssText = `position:fixed;top:0;left:0;border:0;width:${width}px;height:${height}px;background:#fff;z-index:1`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/builder.html#${String(fragment).replace(/\+/g, '%20')}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.getElementById('script-snippet'), 'the builder did not render', { timeout: 5000 });
  const clipboard: string[] = [];
  // What the Copy buttons write (the test page may not hold clipboard permission).
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void clipboard.push(text) } });
  const text = (id: string) => doc.getElementById(id)?.textContent ?? '';
  return {
    frame,
    win,
    doc,
    text,
    async copy(id) {
      const before = clipboard.length;
      doc.querySelector<HTMLButtonElement>(`button[data-copy="${id}"]`)!.click();
      await waitUntil(() => clipboard.length > before, `Copy ${id} copied nothing`);
      return clipboard.at(-1)!;
    },
    async previewElement(tag) {
      const preview = doc.querySelector<HTMLIFrameElement>('.preview-frame')!;
      await waitUntil(() => preview.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'), `the preview never showed <${tag}>`, { timeout: 5000 });
      return preview.contentDocument!.querySelector<HTMLElement>(tag)!;
    },
    close: () => frame.remove(),
  };
}

export interface Pasted {
  frame: HTMLIFrameElement;
  doc: Document;
  errors: string[];
  close(): void;
}

/** A plain page with `snippet` pasted into its body, as a partner's page would have it. */
export async function pastePage(snippet: string, width = 780): Promise<Pasted> {
  const frame = document.createElement('iframe');
  frame.title = 'pasted';
  frame.style.cssText = `position:fixed;top:0;left:0;border:0;width:${width}px;height:700px;background:#fff;z-index:2`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title><script src="/test/pages/record-errors.js"></script></head><body><h1>Our page</h1>\n${snippet}\n</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __errors: string[] };
  return { frame, doc: frame.contentDocument!, errors: win.__errors, close: () => frame.remove() };
}
