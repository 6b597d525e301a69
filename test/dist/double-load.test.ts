/**
 * Double load: two copies of dist/ally-widgets.js (two URLs = two
 * module instances) plus a single-widget file, with and without the strict
 * CSP (each copy creates a "lit-html" Trusted Types policy, so the policy list
 * needs 'allow-duplicates'). Nothing is thrown and every widget works.
 */
import { expect } from '@open-wc/testing';
import { CASES } from './widget-cases.js';
import { definedTags, exercise, forEachCase, openPage, primaryOf } from './harness.js';

const defined = await definedTags();

for (const page of ['double-load.html', 'double-load.csp.html']) {
  describe(`dist/ally-widgets.js loaded twice: test/pages/${page}`, () => {
    forEachCase(
      defined,
      (c) => `${c.id}: nothing thrown, the widget renders and works`,
      async (c) => {
        const loaded = await openPage(page, [c]);
        try {
          const [el] = loaded.widgets;
          expect(primaryOf(el, c), 'primary action').to.exist;
          await exercise(el, 2);
          expect(loaded.win.__errors).to.deep.equal([]);
          expect(loaded.win.__violations).to.deep.equal([]);
        } finally {
          loaded.close();
        }
      },
    );
  });
}

describe('dist/ally-widgets.js loaded twice, every widget on one page', () => {
  it('registers each tag once, keeps the first copy and works', async () => {
    const cases = CASES.filter((c) => defined.has(c.tag) && !c.floating);
    const page = await openPage('double-load.csp.html', cases);
    try {
      const hotline = page.widgets.find((el) => el.dataset.case === 'hotline-button')!;
      expect(hotline.shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+16165550142');
      for (const el of page.widgets) expect(page.win.customElements.get(el.localName) === el.constructor, `${el.localName} is an instance of the registered class`).to.equal(true);
      expect(page.win.__errors).to.deep.equal([]);
      expect(page.win.__violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
