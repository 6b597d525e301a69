/**
 * Hostile host CSS. Each stylesheet in test/pages/css/ that a
 * careless or aggressive partner theme could ship is applied to a partner page
 * (under the strict CSP as well) holding one widget case, 360 px wide: the
 * widget still shows its text, readably, within the screen, and its primary
 * action is visible, at least 44 × 44 px, and takes a real mouse click.
 */
import { expect } from '@open-wc/testing';
import { definedTags, deepElements, describeNode, forEachCase, invisibility, openPage, overflowing, primaryOf, realClick, widgetText } from './harness.js';

/** test/pages/css/<name>.css — one hostile host page each. */
const HOSTILE_SHEETS = ['unset-all', 'hide-controls', 'tiny-root', 'huge-root', 'box-sizing', 'leaky-text', 'dark-page', 'wordpress-like'] as const;

const defined = await definedTags();

/** Text in the widget that cannot be read: transparent, or too small. */
function unreadable(el: HTMLElement): string[] {
  const win = el.ownerDocument.defaultView!;
  const problems: string[] = [];
  for (const node of deepElements(el.shadowRoot!)) {
    const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!ownText || node.getClientRects().length === 0 || node.closest('.visually-hidden')) continue;
    const style = win.getComputedStyle(node);
    const alpha = (colour: string) => (/rgba\(.*,\s*([\d.]+)\)$/.exec(colour)?.[1] ?? '1');
    if (Number(alpha(style.color)) < 0.5) problems.push(`${describeNode(node)} color ${style.color}`);
    if (Number(alpha(style.webkitTextFillColor)) < 0.5) problems.push(`${describeNode(node)} -webkit-text-fill-color ${style.webkitTextFillColor}`);
    if (parseFloat(style.fontSize) < 12) problems.push(`${describeNode(node)} font-size ${style.fontSize}`);
  }
  return problems;
}

for (const sheet of HOSTILE_SHEETS) {
  describe(`hostile host CSS: test/pages/css/${sheet}.css`, () => {
    forEachCase(
      defined,
      (c) => `${c.id}: text shows, primary action visible and clickable, nothing sticks out`,
      async (c) => {
        const page = await openPage('widgets.csp.html', [c], { css: [sheet], width: 360, height: 560 });
        try {
          const [el] = page.widgets;
          const text = widgetText(el).toLowerCase();
          if (!c.floating || c.text.length) expect(text.length, 'visible text').to.be.greaterThan(0);
          for (const t of c.text) expect(text, 'widget text').to.contain(t.toLowerCase());
          expect(unreadable(el), 'unreadable text').to.deep.equal([]);
          expect(overflowing(page, el, !!c.floating), 'overflow').to.deep.equal([]);

          const primary = primaryOf(el, c);
          expect(primary, `primary action (${c.primary.join(' | ')})`).to.exist;
          expect(invisibility(primary!), 'primary action hidden').to.equal('');
          const rect = primary!.getBoundingClientRect();
          expect(Math.min(rect.width, rect.height), `primary action size ${rect.width}×${rect.height}`).to.be.at.least(44);
          const landed = await realClick(page, primary!);
          expect(landed === primary || primary!.contains(landed as Node), `the click landed on ${describeNode(landed)}, not ${describeNode(primary)}`).to.equal(true);

          expect(page.win.__violations, 'CSP violations').to.deep.equal([]);
          expect(page.win.__errors, 'errors').to.deep.equal([]);
        } finally {
          page.close();
        }
      },
    );
  });
}
