// An inverted prefix index over the groups' folded search text (Group.text),
// built once per data set, in slices that yield to the page, so that a
// keystroke costs a few binary searches and an intersection instead of a scan
// of every record. Same answers as matchesText(): every needle ` word` must
// start a word of the text; needles of scripts written without spaces
// (`移民`) must occur anywhere, and are checked on the text itself.
import { matchesText, type Group } from './search.js';

/** Milliseconds of building before it lets the page run: far below a 50 ms long task, also on a slow phone. */
const SLICE = 6;

/** Lets input, rendering and other tasks run before the build continues (a task, never a microtask; no timer clamping). */
const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

const CANCELLED = new Error('cancelled');

/** One needle of a query, resolved against the word list. */
interface Term {
  needle: string;
  /** Word ids [lo, hi) that start with the needle's word; lo = -1 for a needle checked on the text. */
  lo: number;
  hi: number;
  /** Postings in that range: an upper bound of how many groups match it. */
  size: number;
}

export class GroupIndex {
  /** True once the index is built; until then searches scan the texts (same results). */
  ready = false;
  /** Settles when the index is built (rejects if cancelled first). */
  readonly built: Promise<void>;

  /** Unique words of every text, sorted (UTF-16 code units), so that the words starting with a prefix are one range. */
  private words: string[] = [];
  /** Postings of word w (ascending group positions): post[wordAt[w] .. wordAt[w + 1]). */
  private wordAt = new Uint32Array(1);
  private post = new Uint32Array(0);
  /** Word ids of group r (ascending, unique): ids[groupAt[r] .. groupAt[r + 1]). */
  private groupAt = new Uint32Array(1);
  private ids = new Uint32Array(0);
  /** marks[r] === stamp: group r is in the set being built (a new stamp empties it). */
  private marks: Uint32Array;
  private stamp = 0;
  private cancelled = false;
  /** The previous search, which a longer query narrows. */
  private last?: { needles: readonly string[]; hits: Uint32Array };
  private positions?: Map<Group, number>;

  constructor(readonly groups: readonly Group[]) {
    this.marks = new Uint32Array(groups.length);
    this.built = this.build();
    this.built.catch(() => {});
  }

  /** Stops a build that is no longer needed (the data changed). */
  cancel(): void {
    this.cancelled = true;
  }

  /**
   * The groups of `ordered` (the indexed groups, or the same groups in
   * another order) whose text matches every needle, in `ordered`'s order.
   */
  matches(ordered: readonly Group[], needles: readonly string[]): readonly Group[] {
    if (!needles.length) return ordered;
    const hits = this.search(needles);
    const groups = this.groups;
    if (ordered === groups) return Array.from(hits, (r) => groups[r]);
    const positions = (this.positions ??= new Map(groups.map((g, r) => [g, r])));
    const stamp = this.mark(hits);
    const marks = this.marks;
    return ordered.filter((g) => marks[positions.get(g)!] === stamp);
  }

  /** Positions (ascending) of the groups whose text matches every needle. */
  search(needles: readonly string[]): Uint32Array {
    const last = this.last;
    if (last && last.needles.length === needles.length && last.needles.every((n, i) => n === needles[i])) return last.hits;
    // A longer query only narrows: when every previous needle lies inside a new one, the new hits are among the previous ones.
    const narrows = !!last && last.needles.every((o) => needles.some((n) => n.includes(o)));
    const fresh = narrows ? needles.filter((n) => !last!.needles.includes(n)) : needles;
    let hits: Uint32Array;
    if (!needles.length) hits = Uint32Array.from(this.groups.keys());
    else if (!this.ready) {
      // Still building: scan (the previous hits when the query narrows).
      const groups = this.groups;
      if (narrows) hits = last!.hits.filter((r) => matchesText(groups[r], fresh));
      else {
        const out: number[] = [];
        for (let r = 0; r < groups.length; r++) if (matchesText(groups[r], needles)) out.push(r);
        hits = Uint32Array.from(out);
      }
    } else {
      const terms = needles.map((n) => this.term(n));
      if (terms.some((t) => t.lo >= 0 && !t.size)) hits = new Uint32Array(0);
      else {
        // Smallest first: the rarest word gives the candidates, the others only filter them.
        terms.sort((a, b) => a.size - b.size);
        const first = terms[0];
        let check: Term[];
        if (narrows && (first.lo < 0 || last!.hits.length <= first.size)) {
          hits = last!.hits;
          check = terms.filter((t) => fresh.includes(t.needle));
        } else if (first.lo >= 0) {
          hits = this.postings(first);
          check = terms.slice(1);
        } else {
          hits = Uint32Array.from(this.groups.keys());
          check = terms;
        }
        for (const t of check) hits = this.keep(hits, t);
      }
    }
    this.last = { needles: [...needles], hits };
    return hits;
  }

  /** The range of words starting with the needle's word (binary searches), and its postings count. */
  private term(needle: string): Term {
    if (needle[0] !== ' ') return { needle, lo: -1, hi: -1, size: Infinity };
    const prefix = needle.slice(1);
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = words.length;
    for (let a = lo; a < end; ) {
      const mid = (a + end) >>> 1;
      if (words[mid].startsWith(prefix)) a = mid + 1;
      else end = mid;
    }
    return { needle, lo, hi: end, size: this.wordAt[end] - this.wordAt[lo] };
  }

  /** Groups with a word in the term's range, ascending. */
  private postings(t: Term): Uint32Array {
    const { wordAt, post } = this;
    if (t.hi - t.lo === 1) return post.subarray(wordAt[t.lo], wordAt[t.hi]);
    // Several words: their union, from marks (ascending by construction).
    const stamp = this.mark(post.subarray(wordAt[t.lo], wordAt[t.hi]));
    const marks = this.marks;
    const out = new Uint32Array(Math.min(t.size, marks.length));
    let k = 0;
    if (t.size * 8 < marks.length) {
      for (let i = wordAt[t.lo]; i < wordAt[t.hi]; i++) {
        const r = post[i];
        if (marks[r] === stamp) {
          marks[r] = 0;
          out[k++] = r;
        }
      }
      return out.subarray(0, k).sort();
    }
    for (let r = 0; r < marks.length; r++) if (marks[r] === stamp) out[k++] = r;
    return out.subarray(0, k);
  }

  /** The candidates that also match the term. */
  private keep(candidates: Uint32Array, t: Term): Uint32Array {
    const out = new Uint32Array(candidates.length);
    let k = 0;
    if (t.lo < 0) {
      const groups = this.groups;
      for (const r of candidates) if (groups[r].text.includes(t.needle)) out[k++] = r;
    } else if (t.size <= candidates.length * 4) {
      // Few postings: mark them, then look each candidate up.
      const stamp = this.mark(this.post.subarray(this.wordAt[t.lo], this.wordAt[t.hi]));
      const marks = this.marks;
      for (const r of candidates) if (marks[r] === stamp) out[k++] = r;
    } else {
      // Many postings: look for a word of the range among each candidate's own words (ascending ids).
      const { groupAt, ids } = this;
      const { lo, hi } = t;
      for (const r of candidates) {
        let a = groupAt[r];
        let b = groupAt[r + 1];
        while (a < b) {
          const mid = (a + b) >>> 1;
          if (ids[mid] < lo) a = mid + 1;
          else b = mid;
        }
        if (a < groupAt[r + 1] && ids[a] < hi) out[k++] = r;
      }
    }
    return out.subarray(0, k);
  }

  /** Marks the given positions with a new stamp, returned. */
  private mark(positions: Uint32Array): number {
    const stamp = ++this.stamp;
    const marks = this.marks;
    for (const r of positions) marks[r] = stamp;
    return stamp;
  }

  private async build(): Promise<void> {
    const groups = this.groups;
    const n = groups.length;
    let until = 0;
    let tick = 0;
    /** True when this slice has run long enough. Checked every few hundred steps. */
    const due = () => (++tick & 255) === 0 && performance.now() > until;
    const pause = async () => {
      await yieldToPage();
      if (this.cancelled) throw CANCELLED;
      until = performance.now() + SLICE;
    };
    await pause();

    // 1. Every group's words, numbered by first appearance.
    const number = new Map<string, number>();
    const found: string[] = [];
    const groupAt = new Uint32Array(n + 1);
    let ids = new Uint32Array(Math.max(1024, n * 8));
    let count = 0;
    for (let r = 0; r < n; r++) {
      const text = groups[r].text;
      for (let i = 1; i < text.length; ) {
        let j = text.indexOf(' ', i);
        if (j < 0) j = text.length;
        const word = text.slice(i, j);
        i = j + 1;
        let id = number.get(word);
        if (id === undefined) {
          number.set(word, (id = found.length));
          found.push(word);
        }
        if (count === ids.length) {
          const grown = new Uint32Array(count * 2);
          grown.set(ids);
          ids = grown;
        }
        ids[count++] = id;
        if (due()) await pause();
      }
      groupAt[r + 1] = count;
      if (due()) await pause();
    }

    // 2. The words sorted (a merge sort in slices: a feed may hold hundreds of thousands of words).
    const words = await sortInSlices(found, due, pause);
    const rank = new Uint32Array(words.length);
    for (let w = 0; w < words.length; w++) {
      rank[number.get(words[w])!] = w;
      if (due()) await pause();
    }

    // 3. Each group's word ids by rank, ascending, each once; postings counted.
    const wordAt = new Uint32Array(words.length + 1);
    let k = 0;
    for (let r = 0; r < n; r++) {
      const from = groupAt[r];
      const to = groupAt[r + 1];
      for (let i = from; i < to; i++) ids[i] = rank[ids[i]];
      const own = ids.subarray(from, to).sort();
      groupAt[r] = k;
      for (let i = 0; i < own.length; i++) {
        if (i && own[i] === own[i - 1]) continue;
        ids[k++] = own[i];
        wordAt[own[i] + 1]++;
      }
      if (due()) await pause();
    }
    groupAt[n] = k;
    for (let w = 0; w < words.length; w++) wordAt[w + 1] += wordAt[w];

    // 4. Postings: groups in ascending order, so each word's list is ascending.
    const post = new Uint32Array(k);
    const fill = wordAt.slice(0, words.length);
    for (let r = 0; r < n; r++) {
      for (let i = groupAt[r]; i < groupAt[r + 1]; i++) post[fill[ids[i]]++] = r;
      if (due()) await pause();
    }

    Object.assign(this, { words, wordAt, post, groupAt, ids: ids.slice(0, k), ready: true });
  }
}

/** Sorts strings by UTF-16 code units: sorted blocks, then merged pairwise, pausing when `due()`. */
async function sortInSlices(list: string[], due: () => boolean, pause: () => Promise<void>): Promise<string[]> {
  const BLOCK = 1024;
  let src = list.slice();
  for (let s = 0; s < src.length; s += BLOCK) {
    const block = src.slice(s, s + BLOCK).sort();
    for (let i = 0; i < block.length; i++) src[s + i] = block[i];
    if (due()) await pause();
  }
  let dst = new Array<string>(src.length);
  for (let width = BLOCK; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let a = lo;
      let b = mid;
      for (let o = lo; o < hi; o++) {
        dst[o] = b >= hi || (a < mid && src[a] <= src[b]) ? src[a++] : src[b++];
        if (due()) await pause();
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}
