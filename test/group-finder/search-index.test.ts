import { expect } from '@open-wc/testing';
import { normalizeGroups } from '../../src/group-finder/data.js';
import { GroupIndex, inOrder } from '../../src/group-finder/search-index.js';
import { matchesText, parseQuery, type Group } from '../../src/group-finder/search.js';
import { generateGroups } from './generate-groups.mjs';

/** Generated groups plus a few with accents, other scripts and odd words. */
function sample(n: number): Group[] {
  const rows: Record<string, string>[] = generateGroups(n);
  rows.push(
    { name: 'Iglesia San José', city: 'Grand Rapids', state: 'MI' },
    { name: 'Señora María’s Café', description: 'Ayuda legal — niños, familias', city: 'Ciudad Juárez', state: 'TX' },
    { name: '华人移民服务中心', description: '移民 法律 援助', city: 'New York', state: 'NY' },
    { name: 'Trung tâm Cộng đồng Việt', city: 'Houston', state: 'TX' },
    { name: 'Abc', description: 'abc abcd abcde ab a', city: '' },
  );
  return normalizeGroups(rows).groups;
}

/** What the scan of every text answers, as positions. */
const scan = (groups: readonly Group[], query: string) => {
  const { needles } = parseQuery(query);
  return groups.flatMap((g, r) => (matchesText(g, needles) ? [r] : []));
};
const search = (index: GroupIndex, query: string) => [...index.search(parseQuery(query).needles)];

/** Every keystroke of typing each text letter by letter. */
const typed = (texts: string[]) => texts.flatMap((t) => [...t].map((_, i) => [...t].slice(0, i + 1).join('')));

const QUERIES = [
  'iglesia familias',
  'josé',
  'JOSE maria',
  'legal texas',
  'unidos centro',
  'houston',
  'san antonio',
  'raíces',
  'rapid response',
  'volunteers immig',
  'a b c',
  'abc ab',
  '移民',
  'viet cong',
  'grand rap mi',
  'xyz',
  'network 12',
];

describe('group finder search index', () => {
  let groups: Group[];
  let index: GroupIndex;
  before(async () => {
    groups = sample(3000);
    index = new GroupIndex(groups);
    await index.built;
  });

  it('finds exactly what a scan of every text finds, keystroke by keystroke', () => {
    expect(index.ready).to.equal(true);
    let nonEmpty = 0;
    for (const query of typed(QUERIES)) {
      const hits = search(index, query);
      expect(hits, query).to.deep.equal(scan(groups, query));
      if (hits.length) nonEmpty++;
    }
    expect(nonEmpty).to.be.greaterThan(150, 'most keystrokes find something');
  });

  it('finds the same with a fresh index for each query (no previous search to narrow)', async () => {
    for (const query of QUERIES) {
      const fresh = new GroupIndex(groups);
      await fresh.built;
      expect(search(fresh, query), query).to.deep.equal(scan(groups, query));
    }
  });

  it('answers correctly after Backspace, a changed word and reordered words', () => {
    for (const query of ['jose mar', 'jose ma', 'jose', 'jos', 'joss', 'jose maría', 'maría jose', 'maría', 'legal tex', 'legal te', 'legal', 'le', '', 'abc', 'ab', 'abcd', 'a', '移', '移民', '移']) {
      expect(search(index, query), JSON.stringify(query)).to.deep.equal(scan(groups, query));
    }
  });

  it('its matches keep the order they are put in (results by distance, or as loaded), whole for an empty query', () => {
    const ordered = [...groups].reverse();
    const needles = parseQuery('houston legal').needles;
    const found = inOrder(index, ordered, needles);
    expect(found.length).to.be.greaterThan(0);
    expect(found).to.deep.equal(ordered.filter((g) => matchesText(g, needles)));
    expect(inOrder(index, groups, needles)).to.deep.equal(groups.filter((g) => matchesText(g, needles)));
    expect(inOrder(index, ordered, [])).to.equal(ordered);
  });

  it('narrows as the query grows: a longer query only looks at the previous results', () => {
    // Count how often each group's text is read, while searches still scan.
    let reads = 0;
    const counted = groups.map((g) => {
      const copy = { ...g };
      Object.defineProperty(copy, 'text', { get: () => (reads++, g.text) });
      return copy as Group;
    });
    const building = new GroupIndex(counted);
    expect(building.ready).to.equal(false);
    building.search(parseQuery('hou').needles);
    expect(reads).to.equal(counted.length, 'the first word scans every group');
    const previous = building.search(parseQuery('hou').needles).length;
    reads = 0;
    expect([...building.search(parseQuery('houston').needles)]).to.deep.equal(scan(groups, 'houston'));
    expect(reads).to.equal(previous, 'a longer word reads only the previous results');
    reads = 0;
    const houston = building.search(parseQuery('houston').needles).length;
    expect([...building.search(parseQuery('houston leg').needles)]).to.deep.equal(scan(groups, 'houston leg'));
    expect(reads).to.equal(houston, 'a new word reads only the previous results');
    reads = 0;
    expect([...building.search(parseQuery('houston').needles)]).to.deep.equal(scan(groups, 'houston'));
    expect(reads).to.equal(counted.length, 'Backspace widens again: every group');
    building.cancel();
  });

  it('answers searches typed while it builds, by scanning, and then from the index', async () => {
    const many = sample(20_000);
    const building = new GroupIndex(many);
    const answers: [string, number[]][] = [];
    // Type while the index builds: each keystroke after the page had a turn.
    for (const query of typed(['iglesia fam', 'josé'])) {
      answers.push([query, search(building, query)]);
      await new Promise((r) => setTimeout(r));
    }
    for (const [query, hits] of answers) expect(hits, query).to.deep.equal(scan(many, query));
    expect(answers.some(([, hits]) => hits.length)).to.equal(true);
    await building.built;
    expect(building.ready).to.equal(true);
    for (const query of typed(['iglesia fam', 'josé'])) expect(search(building, query), query).to.deep.equal(scan(many, query));
  });

  it('starts building only after the current task, and can be cancelled', async () => {
    const building = new GroupIndex(groups);
    expect(building.ready).to.equal(false, 'nothing is built during the task that created it');
    await building.built;
    expect(building.ready).to.equal(true);
    const cancelled = new GroupIndex(groups);
    cancelled.cancel();
    await new GroupIndex(groups).built; // a build started later has finished
    expect(cancelled.ready).to.equal(false, 'a cancelled build stops');
    expect(search(cancelled, 'houston')).to.deep.equal(scan(groups, 'houston'), 'a cancelled index still answers, by scanning');
  });
});
