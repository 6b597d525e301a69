// An inverted prefix index over the groups' folded search text (Group.text),
// built once per data set, in slices that yield to the page, so that a
// keystroke costs a few binary searches and an intersection instead of a scan
// of every record. Same answers as matchesText(): every needle ` word` must
// start a word of the text; needles of scripts written without spaces
// (`移民`) must occur anywhere, and are checked on the text itself.
import type { Group } from './search.js';

/** Milliseconds of building before it lets the page run: far below a 50 ms long task, also on a slow phone. */
const SLICE = 6;

/** Lets input, rendering and other tasks run before the build continues (a task, never a microtask; no timer clamping). */
const yieldToPage = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

/** One needle of a query, resolved against the word list. */
interface Term {
  needle: string;
  /** Word ids [lo, hi) that start with the needle's word; lo = -1: checked on the text instead. */
  lo: number;
  hi: number;
  /** Postings in that range: an upper bound of how many groups match it. */
  size: number;
}

export class GroupIndex {
  /** True once the index is built; until then searches scan the texts (same results). */
  ready = false;
  /** Resolves when the index is built; never, once cancelled. */
  declare readonly built: Promise<void>;

  /** Unique words of every text, sorted (UTF-16 code units), so that the words starting with a prefix are one range. */
  private words: string[] = [];
  /** Postings of word w (ascending group positions): post[wordAt[w] .. wordAt[w + 1]). */
  private wordAt = new Uint32Array(1);
  private post = new Uint32Array(0);
  /** marks[r] === stamp: group r is in the set being made (a new stamp empties it). */
  declare private marks: Uint32Array;
  /**
   * For each first letter of a Latin-script word, by its needle (` a`): the
   * groups with such a word, one bit each. A one-letter word (a visitor's first
   * keystroke) then costs a bit test per candidate instead of marking tens of
   * thousands of postings.
   */
  private initials: Record<string, Uint32Array> = {};
  /** Every position, ascending. */
  declare private all: Uint32Array;
  private stamp = 0;
  private cancelled = false;
  /** The previous search, which a longer query narrows. */
  declare private last?: { needles: readonly string[]; hits: Uint32Array };

  constructor(readonly groups: readonly Group[]) {
    this.marks = new Uint32Array(groups.length);
    this.all = this.marks.map((_, r) => r);
    this.built = this.build();
  }

  /** Stops a build that is no longer needed (the data changed). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Positions (ascending) of the groups whose text matches every needle. */
  search(needles: readonly string[]): Uint32Array {
    const last = this.last;
    if (last && `${last.needles}` === `${needles}`) return last.hits;
    // Rarest word first: it gives the candidates, the others only filter them.
    const terms = needles.map((n) => this.term(n)).sort((a, b) => a.size - b.size);
    const first = terms[0];
    // A longer query only narrows: when every previous needle lies inside a new one, the new hits are among the previous ones.
    const narrows = last?.needles.every((o) => needles.some((n) => n.includes(o)));
    let hits: Uint32Array;
    let check = terms;
    if (first && !first.size) hits = new Uint32Array(0);
    else if (narrows && !(first?.size < last!.hits.length)) {
      hits = last!.hits;
      check = terms.filter((t) => !last!.needles.includes(t.needle));
    } else if (first?.hi - first?.lo === 1) {
      // One word: its postings as they are.
      hits = this.post.subarray(this.wordAt[first.lo], this.wordAt[first.hi]);
      check = terms.slice(1);
    } else hits = this.all;
    for (const t of check) hits = this.keep(hits, t);
    this.last = { needles, hits };
    return hits;
  }

  /** The range of words starting with the needle's word (two binary searches), and its postings count. */
  private term(needle: string): Term {
    if (!this.ready || needle[0] !== ' ') return { needle, lo: -1, hi: -1, size: Infinity };
    const prefix = needle.slice(1);
    const words = this.words;
    /** The first word not below `text`. */
    const find = (text: string) => {
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid] < text) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // The words that start with the prefix sort between it and the prefix followed by the last code unit.
    const lo = find(prefix);
    const end = find(prefix + '\uffff');
    return { needle, lo, hi: end, size: this.wordAt[end] - this.wordAt[lo] };
  }

  /**
   * The candidates that also match the term: by their bit for a one-letter
   * word, else among its marked postings (the union of the range's words), or
   * in their text before the index is ready.
   */
  private keep(candidates: Uint32Array, t: Term): Uint32Array {
    const out = new Uint32Array(candidates.length);
    let k = 0;
    const bits = this.initials[t.needle];
    if (bits) {
      for (const r of candidates) if ((bits[r >>> 5] >>> (r & 31)) & 1) out[k++] = r;
    } else if (t.lo < 0 || candidates.length * 32 < t.size) {
      const groups = this.groups;
      for (const r of candidates) if (groups[r].text.includes(t.needle)) out[k++] = r;
    } else {
      const stamp = ++this.stamp;
      const marks = this.marks;
      for (const r of this.post.subarray(this.wordAt[t.lo], this.wordAt[t.hi])) marks[r] = stamp;
      for (const r of candidates) if (marks[r] === stamp) out[k++] = r;
    }
    return out.subarray(0, k);
  }

  private async build(): Promise<void> {
    const groups = this.groups;
    const n = groups.length;
    let until = 0;
    let work = 0;
    /** True when this slice has run long enough; the clock is read every few hundred steps of work. */
    const due = () => {
      if (++work < 256) return false;
      work = 0;
      return performance.now() > until;
    };
    const pause = async () => {
      await yieldToPage();
      // Cancelled: stop here for good (nothing refers to this index any more).
      if (this.cancelled) await new Promise(() => {});
      until = performance.now() + SLICE;
    };
    await pause();

    // 1. Each word's postings (groups in ascending order, each once).
    const postings = new Map<string, number[]>();
    const found: string[] = [];
    let total = 0;
    for (let r = 0; r < n; r++) {
      const text = groups[r].text;
      for (let i = 1; i < text.length; ) {
        let j = text.indexOf(' ', i);
        if (j < 0) j = text.length;
        const word = text.slice(i, j);
        i = j + 1;
        let list = postings.get(word);
        if (!list) {
          postings.set(word, (list = []));
          found.push(word);
        }
        if (list[list.length - 1] !== r) total += list.push(r) && 1; // one more posting
        if (due()) await pause();
      }
    }

    // 2. The words sorted (a merge sort in slices: a feed may hold hundreds of thousands of words).
    const words = await sortInSlices(found, due, pause);

    // 3. Their postings, end to end in that order; and each Latin first letter's groups as bits (see `initials`).
    const wordAt = new Uint32Array(words.length + 1);
    const post = new Uint32Array(total);
    const initials: Record<string, Uint32Array> = {};
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const list = postings.get(word)!;
      post.set(list, wordAt[w]);
      wordAt[w + 1] = wordAt[w] + list.length;
      if (word < '\u0250') {
        const bits = (initials[' ' + word[0]] ??= new Uint32Array((n + 31) >>> 5));
        for (const r of list) bits[r >>> 5] |= 1 << (r & 31);
      }
      if (due()) await pause();
    }
    Object.assign(this, { words, wordAt, post, initials, ready: true });
  }
}

/** Sorts strings by UTF-16 code units: sorted blocks, then merged pairwise, pausing when `due()`. */
async function sortInSlices(list: string[], due: () => boolean, pause: () => Promise<void>): Promise<string[]> {
  const BLOCK = 1024;
  let src: string[] = [];
  for (let s = 0; s < list.length; s += BLOCK) {
    src.push(...list.slice(s, s + BLOCK).sort());
    if (due()) await pause();
  }
  let dst = new Array<string>(src.length);
  for (let width = BLOCK; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      for (let a = lo, b = mid, o = lo; o < hi; o++) {
        dst[o] = b >= hi || (a < mid && src[a] <= src[b]) ? src[a++] : src[b++];
        if (due()) await pause();
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * The groups of `ordered` (the indexed groups, or the same groups in another
 * order: by distance) whose text matches every needle, in `ordered`'s order.
 * The index itself answers positions (`search`); this puts them in the order shown.
 */
export function inOrder(index: GroupIndex, ordered: readonly Group[], needles: readonly string[]): readonly Group[] {
  if (!needles.length) return ordered;
  const hits = index.search(needles);
  const groups = index.groups;
  if (ordered === groups) {
    // A plain loop: a first letter can match all 20,000 groups, and Array.from's callback costs more.
    const found = new Array<Group>(hits.length);
    for (let i = 0; i < hits.length; i++) found[i] = groups[hits[i]];
    return found;
  }
  const hit = new Set<Group>();
  for (const r of hits) hit.add(groups[r]);
  return ordered.filter((g) => hit.has(g));
}
