/**
 * Printing something a widget made (the rights card's wallet cards, the family plan),
 * loaded only with the part that prints. While printing, a light-DOM container is
 * appended to `<body>`; its content lives in its own shadow root (the host page's CSS
 * cannot reach it) and all styling comes from constructed stylesheets
 * (`adoptedStyleSheets`), which a strict CSP (`style-src 'self'`, no 'unsafe-inline')
 * allows: no `<style>` text, no `style=""` attribute, no script. A print-only page rule
 * hides everything else. Both go away after printing (`afterprint`), and the container
 * never shows on screen. (Browsers without constructed stylesheets, Safari before 16.4,
 * get `<style>` elements instead: fine on ordinary pages, blocked by a strict CSP.)
 */

/** Constructed stylesheets (Chrome 73+, Firefox 101+, Safari 16.4+). */
const constructable = 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;
const sheets = new Map<string, CSSStyleSheet>();
const cleanups = new Map<string, () => void>();

/** Adds `css` to a document or shadow root, without inline style where the browser allows it. */
function adopt(target: Document | ShadowRoot, css: string, className: string): void {
  if (!constructable) {
    const style = document.createElement('style');
    style.className = className;
    style.textContent = css;
    (target === document ? document.head : target).append(style);
    return;
  }
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  target.adoptedStyleSheets = [...target.adoptedStyleSheets.filter((s) => s !== sheet), sheet];
}

/**
 * The page rule: the container never shows on screen; in print, only it shows. A widget
 * placed directly in <body> keeps `display: block !important` from its own shadow styles
 * (inner !important wins), so it is also taken out of the flow, sized to nothing and hidden.
 */
const pageCss = (className: string, margin: string) => `.${className}{display:none!important}
@media print{
html,body{margin:0!important;padding:0!important;background:#fff!important;min-height:0!important;height:auto!important}
body>:not(.${className}){display:none!important;position:absolute!important;width:0!important;height:0!important;overflow:hidden!important;visibility:hidden!important}
.${className}{display:block!important}
@page{margin:${margin}}}`;

/** A new print container (not yet in the page) with class `className` and `css` in its shadow root. */
export function printContainer(className: string, css: string): { root: HTMLElement; shadow: ShadowRoot } {
  const root = document.createElement('div');
  root.className = className;
  const shadow = root.attachShadow({ mode: 'open' });
  adopt(shadow, `:host{all:initial;display:block}\n${css}`, className);
  return { root, shadow };
}

/**
 * Puts `root` in the page (replacing an earlier one of its kind), lets `laidOut` measure it
 * while it is still laid out (before the page rule hides it on screen, in the same task, so
 * nothing flashes), opens the browser's print dialog and cleans up after printing.
 */
export function printSheet(root: HTMLElement, pageMargin: string, laidOut?: (shadow: ShadowRoot) => void): void {
  const className = root.className;
  removePrintSheet(className);
  document.body.append(root);
  laidOut?.(root.shadowRoot!);
  const page = pageCss(className, pageMargin);
  adopt(document, page, className);
  const cleanup = () => {
    removeEventListener('afterprint', cleanup);
    cleanups.delete(className);
    document.querySelectorAll(`body > .${className}, head > .${className}`).forEach((el) => el.remove());
    const sheet = sheets.get(page);
    if (constructable) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  cleanups.set(className, cleanup);
  addEventListener('afterprint', cleanup, { once: true });
  print();
}

/** Removes the print container of class `className` and its page rule (after printing, or before printing again). */
export function removePrintSheet(className: string): void {
  cleanups.get(className)?.();
  document.querySelectorAll(`body > .${className}`).forEach((el) => el.remove());
}
