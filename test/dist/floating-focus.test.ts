/**
 * The floating hotline in a partner page with 40 links (test/pages/floating-focus.html),
 * from the built dist/: it never covers the link that has keyboard focus (WCAG
 * 2.4.11), starts as a one-line bar covering at most 15 % of a small or zoomed
 * screen, is a labelled complementary landmark, and its minimise button sits
 * beside the call button, not on it.
 */
import { expect } from '@open-wc/testing';
import { openPage, rendered, settle, type Page } from './harness.js';

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function open(width: number, height: number): Promise<{ page: Page; el: HTMLElement; base: () => HTMLElement }> {
  const page = await openPage('floating-focus.html', 'none', { width, height });
  const el = page.doc.querySelector<HTMLElement>('ally-hotline')!;
  await rendered(el);
  await settle(el);
  return { page, el, base: () => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')! };
}

/** Share of the screen the hotline covers. */
function coverage(page: Page, base: HTMLElement): number {
  const r = base.getBoundingClientRect();
  const w = Math.max(0, Math.min(r.right, page.win.innerWidth) - Math.max(r.left, 0));
  const h = Math.max(0, Math.min(r.bottom, page.win.innerHeight) - Math.max(r.top, 0));
  return (w * h) / (page.win.innerWidth * page.win.innerHeight);
}

describe('floating hotline and the page’s keyboard focus', () => {
  for (const [width, height, what] of [
    [320, 640, 'a small phone'],
    [390, 844, 'a phone'],
    [640, 400, 'a laptop at 200 % zoom'],
    [1280, 800, 'a laptop'],
  ] as const) {
    it(`${width}×${height} (${what}): never covers a focused link of the page${width < 1000 ? '; starts as a bar on at most 15 % of the screen' : ''}`, async () => {
      const { page, el, base } = await open(width, height);
      try {
        if (width < 1000) {
          expect(el.hasAttribute('collapsed'), 'starts minimised').to.equal(true);
          expect(coverage(page, base()), 'share of the screen covered').to.be.at.most(0.15);
          const call = el.shadowRoot!.querySelector<HTMLElement>('[part~="call"]')!;
          expect(call, 'the bar still calls in one tap').to.exist;
          expect(call.getBoundingClientRect().height, 'one line').to.be.below(70);
        }
        const covered: string[] = [];
        for (const link of page.doc.querySelectorAll<HTMLAnchorElement>('#links a')) {
          link.focus();
          await settle(el);
          if (overlap(link.getBoundingClientRect(), base().getBoundingClientRect())) covered.push(link.textContent!);
        }
        expect(covered, 'focused links covered by the hotline').to.deep.equal([]);
        expect(page.doc.activeElement, 'focus stayed on the page').to.equal(page.doc.querySelector('#links a:last-child'));
      } finally {
        page.close();
      }
    });
  }

  it('is a labelled complementary landmark, open or minimised', async () => {
    const { page, el } = await open(1280, 800);
    try {
      const aside = () => el.shadowRoot!.querySelector('aside');
      expect(aside()?.getAttribute('aria-label')).to.equal('Immigration emergency hotline');
      el.shadowRoot!.querySelector<HTMLElement>('[part~="collapse"]')!.click();
      await settle(el);
      expect(el.hasAttribute('collapsed')).to.equal(true);
      expect(aside()?.getAttribute('aria-label')).to.equal('Immigration emergency hotline');
    } finally {
      page.close();
    }
  });

  it('the minimise button cuts no notch out of the call button', async () => {
    const { page, el } = await open(1280, 800);
    try {
      const root = el.shadowRoot!;
      const minimise = root.querySelector<HTMLElement>('[part~="collapse"]')!.getBoundingClientRect();
      for (const part of ['call', 'sms', 'heading']) {
        const box = root.querySelector<HTMLElement>(`[part~="${part}"]`)!.getBoundingClientRect();
        expect(overlap(minimise, box), `the minimise button overlaps ${part}`).to.equal(false);
      }
    } finally {
      page.close();
    }
  });
});
