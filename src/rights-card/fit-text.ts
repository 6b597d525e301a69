/**
 * Fits text to a box by measuring it: the largest whole-pixel font size at
 * which `box` shows everything without scrolling, found by bisection between
 * `min` and `max`. Nothing is assumed about the font: whatever the visitor's
 * device renders (DejaVu, Noto, San Francisco, Roboto, a partner's own font) is
 * what is measured. The size is set through the CSSOM (`style.fontSize`),
 * which a strict Content-Security-Policy allows.
 */
export function fitText(box: HTMLElement, text: HTMLElement, min = 12, max = 96): number {
  const fits = (size: number) => {
    text.style.fontSize = `${size}px`;
    return box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth;
  };
  if (fits(max)) return max;
  let low = min;
  let high = max; // does not fit
  if (!fits(low)) return low; // a tiny window: the smallest size, and the box scrolls
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  fits(low);
  return low;
}

/**
 * Keeps `text` fitted to `box` while it is shown: at once, whenever the box
 * changes size (fullscreen granted, phone rotated, window resized, zoom) and
 * when web fonts finish loading. Returns the function that stops watching.
 */
export function keepFitted(box: HTMLElement, text: HTMLElement, min?: number, max?: number): () => void {
  const fit = () => {
    if (box.isConnected && box.clientHeight > 0) fitText(box, text, min, max);
  };
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(box);
  const fonts = document.fonts as FontFaceSet | undefined;
  fonts?.addEventListener?.('loadingdone', fit);
  return () => {
    observer.disconnect();
    fonts?.removeEventListener?.('loadingdone', fit);
  };
}
