/**
 * The group finder fetches its groups (and the code that shows them, the
 * heaviest part of any widget) only when it comes near the visible page. On a
 * partner's page with other widgets above it, it decides once they have
 * rendered: before that they take little room and it would look near the top.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CASES } from './widget-cases.js';
import { networkIdle, openPage } from './harness.js';

const cases = ['five-ds-accordion-open', 'rights-card-you', 'hotline-default', 'group-finder-default'].map((id) => CASES.find((c) => c.id === id)!);
const groupCode = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /^\/dist\/chunks\/(lazy|default-groups)-/.test(path));

describe('the group finder below other widgets', () => {
  it('downloads no groups until the visitor scrolls near it, then shows them', async () => {
    const page = await openPage('widgets.csp.html', cases, { height: 400 });
    try {
      await networkIdle(page.win);
      const finder = page.widgets[3];
      // The widgets above push it more than a screen below the visible page.
      expect(finder.getBoundingClientRect().top, 'finder top').to.be.above(2 * page.win.innerHeight);
      expect(groupCode(page.win), 'group code before scrolling').to.deep.equal([]);

      finder.scrollIntoView();
      await waitUntil(() => finder.shadowRoot!.querySelectorAll('[part~="result"]').length > 0, 'no results after scrolling to the finder', { timeout: 5000 });
      expect(groupCode(page.win).length, 'group code after scrolling').to.be.above(0);
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
