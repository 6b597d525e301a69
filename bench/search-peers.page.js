// Browser side of bench/search-peers.mjs, bundled by esbuild: this project's
// search index and the libraries a web developer would pick instead, on the
// same records, each configured to return the same matches.
//
// Every engine is given the same input: each group's folded search text
// (Group.text, made once when a feed is loaded, accents and case removed) and,
// per keystroke, the query folded by parseQuery() (inside the timed part, for
// every engine alike). What is timed is one keystroke's search: query in,
// every matching id out.
import { Index, Charset } from 'flexsearch';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import List from 'list.js';
import { GroupIndex } from '../src/group-finder/search-index.ts';
import { parseQuery } from '../src/group-finder/search.ts';
import { normalizeGroups } from '../src/group-finder/data.ts';
import { generateGroups } from '../test/group-finder/generate-groups.mjs';

/** The query's folded words, space-separated. */
const words = (q) => parseQuery(q).needles.map((n) => n.trim()).join(' ');

/** name → build(groups) → search(query) → matching ids (positions in groups). */
const ENGINES = {
  'this project': async (groups) => {
    const index = new GroupIndex(groups);
    await index.built;
    return (q) => index.search(parseQuery(q).needles);
  },
  // Forward tokenizer: every prefix of every word is indexed. The Exact encoder: the text is already folded.
  FlexSearch: (groups) => {
    const index = new Index({ tokenize: 'forward', encoder: Charset.Exact });
    for (let i = 0; i < groups.length; i++) index.add(i, groups[i].text);
    return (q) => index.search(words(q), { limit: groups.length });
  },
  // Prefix search, every word required.
  MiniSearch: (groups) => {
    const index = new MiniSearch({ fields: ['text'], searchOptions: { prefix: true, combineWith: 'AND' } });
    index.addAll(groups.map((g, id) => ({ id, text: g.text })));
    return (q) => index.search(words(q)).map((r) => r.id);
  },
  // Extended search: `'" word"` must be included (a word start in the folded text), every item required.
  'Fuse.js': (groups) => {
    const fuse = new Fuse(
      groups.map((g) => ({ text: g.text })),
      { keys: ['text'], useExtendedSearch: true, threshold: 0 },
    );
    return (q) => fuse.search(parseQuery(q).needles.map((n) => `'"${n}"`).join(' ')).map((r) => r.refIndex);
  },
  // Its own search of quoted phrases (`" word"`: a word start), every phrase required; 20 items a page, shown in the DOM as List.js does.
  'List.js': (groups) => {
    document.getElementById('listjs')?.remove();
    const root = document.createElement('div');
    root.id = 'listjs';
    root.innerHTML = '<ul class="list"></ul>';
    document.body.append(root);
    const list = new List(root, { valueNames: ['text'], item: '<li class="text"></li>', page: 20 }, groups.map((g, id) => ({ id, text: g.text })));
    return (q) => {
      list.search(parseQuery(q).needles.map((n) => `"${n}"`).join(' '), ['text']);
      return list.matchingItems.map((item) => item.values().id);
    };
  },
};

const sortedIds = (ids) => Int32Array.from(ids).sort();
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

let groups = [];
let searchers = {};

/** Makes `n` generated groups (not timed). */
window.makeGroups = (n) => {
  groups = normalizeGroups(generateGroups(n)).groups;
  searchers = {};
  return groups.length;
};

/** Builds every engine on the current groups `times` times; returns the median build time of each (ms). */
window.buildAll = async (times = 1) => {
  const out = {};
  for (const name of Object.keys(ENGINES)) out[name] = [];
  for (let t = 0; t < times; t++) {
    for (const [name, build] of Object.entries(ENGINES)) {
      searchers[name] = undefined;
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      searchers[name] = await build(groups);
      out[name].push(performance.now() - t0);
    }
  }
  for (const name of Object.keys(out)) out[name] = out[name].sort((a, b) => a - b)[Math.floor(out[name].length / 2)];
  return out;
};

/**
 * Types every query in `keystrokes` through every engine, interleaved (each
 * keystroke goes to every engine, in an order that rotates), `rounds` times.
 * Returns each engine's times (ms) and, for every keystroke of the first round,
 * whether its ids agree with this project's.
 */
window.typeAll = async (keystrokes, rounds = 1) => {
  const names = Object.keys(searchers);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const disagree = Object.fromEntries(names.map((n) => [n, []]));
  let matched = 0;
  // Warm up every engine on the first query (not counted).
  for (const n of names) for (const q of keystrokes.slice(0, 5)) searchers[n](q);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < keystrokes.length; k++) {
      const q = keystrokes[k];
      const results = {};
      for (let e = 0; e < names.length; e++) {
        const name = names[(k + round + e) % names.length];
        const t0 = performance.now();
        const ids = searchers[name](q);
        times[name].push(performance.now() - t0);
        if (round === 0) results[name] = ids;
      }
      if (round === 0) {
        const ours = sortedIds(results['this project']);
        matched += ours.length;
        for (const n of names) if (!same(sortedIds(results[n]), ours)) disagree[n].push(q);
      }
      // Let the page breathe between keystrokes, as between a visitor's key presses.
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  return { times, disagree, matched };
};

/** Longest tasks (ms) seen while this project's index builds on groups parsed from `url` (e.g. a 5 MB feed). */
window.buildLongestTask = async (url) => {
  const { parseFeed } = await import('../src/group-finder/data.ts');
  const text = await (await fetch(url)).text();
  const format = url.endsWith('.csv') ? 'csv' : 'json';
  const rows = await parseFeed(text, format);
  const feedGroups = normalizeGroups(rows, format === 'csv').groups;
  await new Promise((r) => setTimeout(r, 100));
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  let slices = 0;
  let longest = 0;
  // Our own measure of the longest stretch without a turn for the page: a task queued every time the page is free.
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    slices++;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const index = new GroupIndex(feedGroups);
  await index.built;
  const build = performance.now() - t0;
  running = false;
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime >= t0 && t.startTime <= t0 + build);
  return { groups: feedGroups.length, bytes: text.length, build, longTasks: during.length, longestTask: Math.max(0, ...during.map((t) => t.duration)), longestGap: longest, turns: slices };
};
