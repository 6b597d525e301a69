/**
 * The group finder's results below the screen are not laid out until scrolled
 * near (so a keystroke lays out only what shows). A partner's own accessibility
 * audit must still find nothing: an accessibility checker measuring such a
 * result lays its text out inside an estimated height, and a long result's
 * text would then reach past the widget and be judged against the page
 * behind it (light page, dark widget: a false contrast failure).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { generateGroups } from '../group-finder/generate-groups.mjs';
import { openPage, type AxeViolation, type Page } from './harness.js';

async function finderIn(page: Page, attrs: Record<string, string>, groups?: unknown[]): Promise<HTMLElement> {
  const el = page.doc.createElement('ally-group-finder');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (groups) {
    const json = page.doc.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify(groups);
    el.append(json);
  }
  page.doc.getElementById('mount')!.append(el);
  el.scrollIntoView();
  await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part~="result"]').length ?? 0) > 3, 'no results', { timeout: 10_000 });
  page.win.scrollTo(0, 0);
  return el;
}

async function contrastFailures(page: Page, el: Element): Promise<string[]> {
  const result = await page.win.axe!.run(el, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
  return result.violations.flatMap((v: AxeViolation) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

describe('group finder: results below the screen, in a partner\'s accessibility audit', () => {
  it('a dark widget on a light page: no contrast failure on a long result below the screen', async () => {
    const page = await openPage('widgets-axe.html', 'none', { width: 780, height: 560 });
    try {
      // The second-to-last of 20 results has a description many times longer than a usual one.
      const groups = generateGroups(20).map((g, i) => (i === 18 ? { ...g, description: 'A long story about this group and its work. '.repeat(100) } : g));
      const el = await finderIn(page, { theme: 'dark', languages: 'none' }, groups);
      expect(el.shadowRoot!.querySelectorAll('[part~="result"]').length).to.equal(20);
      expect(el.getBoundingClientRect().bottom, 'results reach below the screen').to.be.above(page.win.innerHeight);
      expect(await contrastFailures(page, el)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('the bundled list in Urdu (taller lines), dark: no contrast failure', async () => {
    const page = await openPage('widgets-axe.html', 'none', { width: 780, height: 560 });
    try {
      const el = await finderIn(page, { theme: 'dark', lang: 'ur' });
      expect(await contrastFailures(page, el)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
