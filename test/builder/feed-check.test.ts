/**
 * The builder's feed check, from dist/: a sheet with human headers, a blank
 * row, a row without a name, a website that is not http(s) and a phone that
 * cannot be dialled gets each problem reported with its row (the sheet's own
 * numbering), in the group finder's own words, and the list shows as visitors
 * will see it — from an address, and from a file chosen on the computer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openBuilder, type Builder } from './builder-harness.js';

const FEED = '/test/builder/feed-human.csv';

function reportOf(builder: Builder) {
  const doc = builder.doc;
  const cells = [...doc.querySelectorAll('#feed-columns tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.replace(/\s+/g, ' ').trim()]);
  return {
    summary: doc.getElementById('feed-summary')?.textContent?.trim(),
    columns: Object.fromEntries(cells),
    skipped: [...doc.querySelectorAll('#feed-skipped li')].map((li) => li.textContent!.trim()),
    leftOut: [...doc.querySelectorAll('#feed-left-out li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
  };
}

async function expectReport(builder: Builder) {
  await waitUntil(() => builder.doc.getElementById('feed-summary'), 'no report', { timeout: 5000 });
  const report = reportOf(builder);
  expect(report.summary).to.equal('3 of 4 rows will show.');
  expect(report.columns).to.deep.equal({
    Organization: 'name',
    City: 'city',
    ST: 'state',
    'Phone Number': 'phone',
    'Web site': 'website',
    'Services Offered': 'services',
    'Main phone line': 'not used — did you mean phone? Name the column "phone".',
    Notes: 'not used',
  });
  expect(report.skipped).to.deep.equal(['Row 4: no name']);
  expect(report.leftOut).to.deep.equal(['Row 5: website (not an http: or https: link) — javascript:alert(1)', 'Row 6: phone (cannot be dialled) — 555-CALL']);
  // The list as visitors will see it: the real group finder with the same feed.
  const finder = builder.doc.querySelector<HTMLElement>('.visitors ally-group-finder')!;
  finder.scrollIntoView(); // as the partner scrolls to it: the finder loads its list near the visible page
  await waitUntil(() => finder.shadowRoot?.querySelectorAll('[part~="result-name"]').length === 3, 'the group finder did not show the 3 groups', { timeout: 8000 });
  const names = [...finder.shadowRoot!.querySelectorAll('[part~="result-name"]')].map((n) => n.textContent!.trim());
  expect(names).to.have.members(['Iglesia San José', 'Bad Site Org', 'Bad Phone Org']);
  const hrefs = [...finder.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href'));
  expect(hrefs.filter((h) => /^javascript:/i.test(h!)), 'no javascript: link').to.deep.equal([]);
}

describe('dist/builder.html: the feed check', () => {
  let builder: Builder | undefined;
  afterEach(() => builder?.close());

  it('a published sheet: reports each column, skipped row and value left out, and shows the list', async () => {
    builder = await openBuilder(new URLSearchParams({ widget: 'group-finder', src: FEED }));
    builder.doc.querySelector<HTMLButtonElement>('#feed-check')!.click();
    await expectReport(builder);
    // The widget's own console warning, word for word.
    expect(builder.doc.querySelector('pre.console')!.textContent).to.contain(
      `<ally-group-finder>: src="${FEED}": skipped 1 of 4 rows (no name: 1); ignored values that cannot be used (website (not an http: or https: link): 1; phone (cannot be dialled): 1).`,
    );
  });

  it('a file from the computer: read in the page, the same report', async () => {
    builder = await openBuilder(new URLSearchParams({ widget: 'group-finder' }));
    const text = await (await fetch(FEED)).text();
    const input = builder.doc.querySelector<HTMLInputElement>('#feed-file')!;
    const files = new builder.win.DataTransfer();
    files.items.add(new builder.win.File([text], 'our groups.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new builder.win.Event('change', { bubbles: true }));
    await expectReport(builder);
  });

  it('a feed that fails says why, in the widget’s words', async () => {
    builder = await openBuilder(new URLSearchParams({ widget: 'group-finder', src: '/test-feed/not-found.csv' }));
    builder.doc.querySelector<HTMLButtonElement>('#feed-check')!.click();
    await waitUntil(() => builder!.doc.getElementById('feed-error'), 'no error shown', { timeout: 5000 });
    expect(builder.doc.getElementById('feed-error')!.textContent).to.equal(
      'Could not use src="/test-feed/not-found.csv": it answered HTTP 404. Visitors would see the default list of national organisations instead.',
    );
  });
});
