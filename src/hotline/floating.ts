// The floating hotline's manners, loaded only for `variant="floating"`: it
// never covers the element that has keyboard focus in the host page (WCAG
// 2.4.11 Focus Not Obscured). When something under it gets focus, it shrinks
// to its one-line bar; if the bar still covers it, the bar moves to the other
// bottom corner, then to the top corners. When focus moves elsewhere it goes home.

/** What this module needs from <ally-hotline>. */
export interface FloatingHotline extends HTMLElement {
  collapsed: boolean;
  readonly updateComplete: Promise<boolean>;
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Starts watching focus in the page; returns the function that stops. */
export function keepClearOfFocus(el: FloatingHotline): () => void {
  const onFocus = async (event: Event) => {
    const path = event.composedPath();
    const target = path[0];
    const base = el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
    if (!(target instanceof Element) || path.includes(el) || !base) return;
    const spot = target.getBoundingClientRect();
    const clear = (swapX: boolean, swapY: boolean) => {
      base.classList.toggle('swap-x', swapX);
      base.classList.toggle('swap-y', swapY);
      return !overlap(spot, base.getBoundingClientRect());
    };
    if (clear(false, false)) return;
    if (!el.collapsed) {
      el.collapsed = true;
      await el.updateComplete;
      if (clear(false, false)) return;
    }
    // Another corner; if the focused element is larger than every free corner, the bar stays home.
    if (!(clear(true, false) || clear(false, true) || clear(true, true))) clear(false, false);
  };
  addEventListener('focusin', onFocus, true);
  return () => removeEventListener('focusin', onFocus, true);
}
