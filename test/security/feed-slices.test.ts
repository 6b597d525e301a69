/**
 * A hostile 5 MB feed must not freeze the partner's page: the group finder
 * parses and cleans it a slice at a time, giving the main thread back between
 * slices, so a visitor's tap on a hotline on the same page is answered while
 * the feed is still being read. (How long the longest task and the tap's
 * delay are is measured by `npm run bench`, not asserted here.)
 */
import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/hotline/ally-hotline.js';
import type { AllyHotline } from '../../src/hotline/hotline.component.js';
import { loadGroups } from '../../src/group-finder/data.js';
import { parseCsv, parseCsvInSlices, rowsEnd } from '../../src/group-finder/csv.js';
import { fieldName } from '../../src/group-finder/data.js';
import { generateGroups, groupsCsv } from '../group-finder/generate-groups.mjs';
import { fixtureIn, shadow } from '../helpers.js';

/** About 5 MB of JSON: thousands of ordinary rows and 20 rows with a 40,000-character "website". */
function hostileFeed(): string {
  const rows: Record<string, unknown>[] = generateGroups(9000);
  for (let i = 0; i < 20; i++) rows.splice(i * 400, 0, { name: `A${i}`, website: `https://${'a'.repeat(40_000)} x`, email: `${'a'.repeat(2000)}@x` });
  return JSON.stringify(rows);
}

describe('a hostile feed does not freeze the page', () => {
  it('a hotline tap dispatches ally-call while a 5 MB feed is still being read', async () => {
    const hotline = await fixtureIn<AllyHotline>(html`<ally-hotline number="616-555-0142" languages="none"></ally-hotline>`);
    const call = shadow(hotline).querySelector<HTMLAnchorElement>('[part~="call"]')!;
    call.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    const feed = hostileFeed();
    expect(feed.length).to.be.within(4_500_000, 5 * 1024 * 1024);

    let finished = false;
    let answeredWhileLoading: boolean | undefined;
    hotline.addEventListener('ally-call', () => (answeredWhileLoading ??= !finished));
    let laterTaskRan = false;
    const loading = loadGroups({ inline: feed, timeout: 10_000, tag: 'ally-group-finder' }).then((loaded) => {
      finished = true;
      return loaded;
    });
    // Another task gets the main thread before the feed is done: the work is split.
    await new Promise((resolve) => setTimeout(resolve));
    laterTaskRan = !finished;
    // A real click, through the browser's input pipeline, while the feed is read.
    const box = call.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const loaded = await loading;
    expect(laterTaskRan, 'a task queued after the load started ran before it finished').to.equal(true);
    expect(answeredWhileLoading, 'ally-call was dispatched before the feed finished loading').to.equal(true);
    expect(loaded.failed).to.equal(undefined);
    expect(loaded.groups).to.have.length(9020);
    expect(loaded.groups.filter((g) => g.website === undefined && /^A\d+$/.test(g.name))).to.have.length(20);
  });

  it('CSV in slices reads the same rows as in one go, quoted line breaks included', async () => {
    const csv = `name,description,city\r\n"Line\r\none","a ""quoted"" text, with commas",X\r\n${groupsCsv(3000).split('\n').slice(1).join('\n')}\n"Last\nrow",,Y\r`;
    const header = 'name,description,city';
    const whole = parseCsv(csv, fieldName);
    const sliced = await parseCsvInSlices(csv, fieldName);
    expect(sliced).to.deep.equal(whole);
    expect(sliced.length).to.be.greaterThan(3000);
    expect(rowsEnd(`${header}\n"a\nb",c\nd`, 0, header.length + 3)).to.equal(header.length + 9);
  });
});
