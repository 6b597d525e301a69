import { css } from 'lit';
import { localVoice, synth, type ListenState, type ReadAloud } from './read-aloud.js';

/**
 * Read aloud with the device's own voices: the reader, loaded the first time a
 * visitor presses Listen (the controls, and the check for a local voice, are
 * in `read-aloud.ts`). Only voices with `localService === true` are ever used,
 * so no text goes to a remote speech service. What is read: every element
 * marked `data-read` in the widget's shadow root, in its own language (`lang`,
 * inherited), in document order, one sentence at a time (split with
 * `Intl.Segmenter`). The sentence being read is highlighted with the CSS
 * Custom Highlight API (`::highlight(ally-reading)`), or its whole element is
 * marked `data-reading` where that API is missing; nothing in the page is
 * rewritten.
 */

/** The sentence being read (adopted into the widget's shadow root when this module loads). */
export const readingStyles = css`
  ::highlight(ally-reading),
  [data-reading] {
    background: Mark;
    color: MarkText;
  }
`;

/** One sentence: the element it is in, its text range there, and the voice that reads it. */
interface Sentence {
  el: HTMLElement;
  start: number;
  end: number;
  voice: SpeechSynthesisVoice;
}

/** The reader that is speaking now (one at a time on the page: speech is global). */
let speaking: Reader | undefined;

export class Reader {
  state: ListenState = 'idle';
  private sentences: Sentence[] = [];
  private at = 0;
  private run = 0;

  constructor(private listen: ReadAloud) {
    const root = listen.host.renderRoot as ShadowRoot;
    const sheet = readingStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private get root(): ParentNode {
    return this.listen.host.renderRoot;
  }

  private set(state: ListenState): void {
    this.state = state;
    this.listen.host.requestUpdate();
  }

  /** Pause while playing, resume while paused. */
  toggle(): void {
    const s = synth()!;
    if (this.state === 'playing') {
      s.pause();
      this.set('paused');
    } else {
      s.resume();
      this.set('playing');
    }
  }

  /** Starts reading from the top. */
  start(): void {
    const s = synth();
    if (!s) return;
    speaking?.stop();
    this.sentences = this.collect();
    if (!this.sentences.length) return;
    speaking = this;
    this.at = 0;
    this.run++;
    s.cancel();
    this.set('playing');
    this.speak();
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.run++;
    if (speaking === this) {
      speaking = undefined;
      synth()?.cancel();
    }
    this.mark(undefined);
    this.set('idle');
  }

  /** Every sentence of every `[data-read]` element that a local voice for its language (`lang`, inherited) can read. */
  private collect(): Sentence[] {
    const out: Sentence[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-read]')) {
      const lang = el.closest<HTMLElement>('[lang]')?.lang ?? 'en';
      const voice = localVoice(lang);
      const text = el.textContent ?? '';
      if (!voice || !text.trim()) continue;
      const parts = 'Segmenter' in Intl ? [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)] : [{ segment: text, index: 0 }];
      for (const { segment, index } of parts) {
        const start = index + segment.length - segment.trimStart().length;
        if (segment.trim()) out.push({ el, start, end: index + segment.trimEnd().length, voice });
      }
    }
    return out;
  }

  private speak(): void {
    const sentence = this.sentences[this.at];
    const run = this.run;
    if (!sentence) return this.stop();
    this.listen.beforeRead?.(sentence.el);
    const utterance = new SpeechSynthesisUtterance((sentence.el.textContent ?? '').slice(sentence.start, sentence.end));
    utterance.voice = sentence.voice;
    utterance.lang = sentence.voice.lang;
    utterance.onstart = () => run === this.run && this.mark(sentence);
    utterance.onend = () => {
      if (run !== this.run) return;
      this.at++;
      this.speak();
    };
    utterance.onerror = () => run === this.run && this.stop();
    synth()!.speak(utterance);
  }

  /** Highlights one sentence (or clears the highlight). */
  private mark(sentence: Sentence | undefined): void {
    this.root.querySelectorAll('[data-reading]').forEach((el) => el.removeAttribute('data-reading'));
    const highlights = globalThis.CSS?.highlights;
    highlights?.delete('ally-reading');
    if (!sentence) return;
    sentence.el.scrollIntoView?.({ block: 'nearest' });
    const range = highlights && rangeOf(sentence);
    if (range) highlights.set('ally-reading', new Highlight(range));
    else sentence.el.setAttribute('data-reading', '');
  }
}

/** The DOM range of a sentence's text inside its element (across text nodes). */
function rangeOf({ el, start, end }: Sentence): Range | undefined {
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
