/**
 * No-JS fallback. The light-DOM children a partner writes inside a
 * widget (a plain tel: link inside <ally-hotline> …) show while the script is
 * still loading (test/pages/fallback.csp.html loads it late) and for good when
 * it fails (fallback-broken.csp.html). Once the element upgrades they are not
 * shown twice, and with the documented `:not(:defined)` rule
 * (test/pages/css/fallback.css) the text below a hotline barely moves.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { definedTags, forEachCase, invisibility, rendered, type PageWindow } from './harness.js';
import type { WidgetCase } from './widget-cases.js';

const defined = await definedTags();

/** Starts loading a page and resolves once mount.js has run, without waiting for the (slow or broken) widget script. */
async function startLoading(page: string, c: WidgetCase) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:780px;height:560px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}?case=${c.id}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.__mounted && frame.contentDocument?.querySelector('[data-case]'), 'mount.js never ran', { timeout: 4000 });
  const win = frame.contentWindow as PageWindow;
  await win.__mounted;
  const el = frame.contentDocument!.querySelector<HTMLElement>('[data-case]')!;
  return { frame, win, el, loaded };
}

function fallbackLinks(el: HTMLElement): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>('[data-fallback]')];
}

describe('no-JS fallback: light-DOM children while the script loads slowly', () => {
  forEachCase(
    defined,
    (c) => `${c.id}: the fallback shows until the element upgrades, then only the widget shows`,
    async (c) => {
      const { frame, win, el, loaded } = await startLoading('fallback.csp.html', c);
      try {
        expect(!!win.customElements.get(c.tag), 'the script has not run yet').to.equal(false);
        const links = fallbackLinks(el);
        expect(links.length, 'fallback children').to.be.greaterThan(0);
        for (const link of links) expect(invisibility(link), `fallback "${link.textContent}"`).to.equal('');
        const before = win.document.getElementById('after')!.getBoundingClientRect().top;

        await loaded;
        await rendered(el);
        for (const link of links) expect(link.getClientRects().length, `fallback "${link.textContent}" still shown after upgrade`).to.equal(0);
        if (c.id === 'hotline-button') {
          const after = win.document.getElementById('after')!.getBoundingClientRect().top;
          expect(Math.abs(after - before), `text below moved by ${after - before} px`).to.be.below(48);
        }
        expect(win.__errors).to.deep.equal([]);
        expect(win.__violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    },
  );
});

describe('no-JS fallback: the script fails to load', () => {
  forEachCase(
    defined,
    (c) => `${c.id}: the fallback stays visible`,
    async (c) => {
      const { frame, win, el, loaded } = await startLoading('fallback-broken.csp.html', c);
      try {
        // The load event comes after every module script of the page has run or failed: nothing can upgrade later.
        await loaded;
        expect(!!win.customElements.get(c.tag), 'upgraded').to.equal(false);
        for (const link of fallbackLinks(el)) expect(invisibility(link), `fallback "${link.textContent}"`).to.equal('');
        expect(win.__violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    },
  );
});
