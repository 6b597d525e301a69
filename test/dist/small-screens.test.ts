/**
 * Small screens, zoom and forced colours, with the built dist/ in a
 * partner page: at 320 px wide no widget makes the page scroll sideways or
 * sticks out (also after every control has been used: QR code, officer view,
 * results …); at 200 % (640 px with the root font size doubled, and with CSS
 * zoom: 2) nothing is cut off; in forced-colours mode every control stays visible.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CASES } from './widget-cases.js';
import { controlsOf, deepElements, definedTags, describeNode, exercise, forEachCase, invisibility, openPage, overflowing, primaryOf, type Page } from './harness.js';

const defined = await definedTags();

function sidewaysScroll(page: Page): string[] {
  const root = page.doc.documentElement;
  return root.scrollWidth > root.clientWidth + 1 ? [`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`] : [];
}

/** Boxes that hide part of their content (overflow hidden/clip, or an ellipsis) instead of wrapping or scrolling. */
function clipped(el: HTMLElement): string[] {
  const win = el.ownerDocument.defaultView!;
  const problems: string[] = [];
  for (const node of deepElements(el.shadowRoot!)) {
    if (node.getClientRects().length === 0 || node.closest('.visually-hidden')) continue;
    const style = win.getComputedStyle(node);
    const hidesX = /(hidden|clip)/.test(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
    const hidesY = /(hidden|clip)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
    if (hidesX || hidesY) problems.push(`${describeNode(node)} cuts off its content (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})`);
    if (style.textOverflow === 'ellipsis' && node.scrollWidth > node.clientWidth + 1) problems.push(`${describeNode(node)} ends in an ellipsis`);
  }
  return problems;
}

describe('320 px wide', () => {
  forEachCase(
    defined,
    (c) => `${c.id}: no sideways scroll and nothing sticks out, before and after using every control`,
    async (c) => {
      const page = await openPage('widgets.csp.html', [c], { width: 320 });
      try {
        const [el] = page.widgets;
        expect([...sidewaysScroll(page), ...overflowing(page, el, !!c.floating)], 'as rendered').to.deep.equal([]);
        await exercise(el);
        expect([...sidewaysScroll(page), ...overflowing(page, el, !!c.floating)], 'after using every control').to.deep.equal([]);
      } finally {
        page.close();
      }
    },
  );
});

// CSS zoom also scales viewport units (browser zoom does not: it shrinks the
// viewport instead, which the 320 px test covers), so fixed-to-a-corner widgets
// sized in vw are measured at 200 % through the root font size only.
for (const zoom of ['zoom-rem', 'zoom-css']) {
  describe(`200 % (${zoom === 'zoom-rem' ? 'root font size 200 %' : 'CSS zoom: 2'}, 640 px)`, () => {
    forEachCase(
      defined,
      (c) => `${c.id}: no sideways scroll, nothing sticks out or is cut off`,
      async (c) => {
        const page = await openPage('widgets.csp.html', [c], { width: 640, css: [zoom] });
        try {
          const [el] = page.widgets;
          expect([...sidewaysScroll(page), ...overflowing(page, el, !!c.floating), ...clipped(el)]).to.deep.equal([]);
          const primary = primaryOf(el, c);
          expect(primary, 'primary action').to.exist;
          expect(invisibility(primary!)).to.equal('');
        } finally {
          page.close();
        }
      },
      CASES.filter((c) => zoom === 'zoom-rem' || !c.floating),
    );
  });
}

describe('forced colours (Windows high contrast), emulated', () => {
  before(() => executeServerCommand('ally-forced-colors', { value: 'active' }));
  after(() => executeServerCommand('ally-forced-colors', { value: 'none' }));

  it('the rights card’s red band keeps a visible edge (its background is dropped)', async () => {
    const c = CASES.find((x) => x.id === 'rights-card-you')!;
    if (!defined.has(c.tag)) return;
    const page = await openPage('widgets.csp.html', [c]);
    try {
      const band = page.widgets[0].shadowRoot!.querySelector<HTMLElement>('[part~="band"]')!;
      const style = page.win.getComputedStyle(band);
      expect(page.win.matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(parseFloat(style.borderBottomWidth), 'band border').to.be.at.least(2);
      expect(style.borderBottomStyle).to.equal('solid');
    } finally {
      page.close();
    }
  });

  forEachCase(
    defined,
    (c) => `${c.id}: every control stays visible`,
    async (c) => {
      const page = await openPage('widgets.csp.html', [c]);
      try {
        expect(page.win.matchMedia('(forced-colors: active)').matches, 'forced colours are on in the page').to.equal(true);
        const [el] = page.widgets;
        const controls = controlsOf(el);
        expect(controls.length, 'controls').to.be.greaterThan(0);
        for (const control of controls) {
          const style = page.win.getComputedStyle(control);
          const what = `${describeNode(control)} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
          expect(invisibility(control), what).to.equal('');
          const hasText = (control.innerText ?? '').trim().length > 0 || control.localName === 'select' || control.localName === 'input';
          const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && style.borderTopColor !== style.backgroundColor;
          const icon = control.querySelector('svg');
          expect(hasText || border || !!icon, `${what} has no text, border or icon`).to.equal(true);
          if (hasText) expect(style.color, `${what}: text colour equals its background`).not.to.equal(style.backgroundColor);
          if (!hasText && icon) {
            const iconColour = page.win.getComputedStyle(icon).color;
            expect(iconColour, `${what}: icon colour equals its background`).not.to.equal(style.backgroundColor);
          }
        }
      } finally {
        page.close();
      }
    },
  );
});
