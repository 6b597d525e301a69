import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from './localize-runtime.js';

/**
 * Read aloud with the device's own voices. Only voices with
 * `localService === true` are ever used, so no text goes to a remote speech
 * service; where the device has no local voice for a language, no control is
 * shown. What is read: every element marked `data-read` in the widget's
 * shadow root, in its own language (`lang`, inherited), in document order,
 * one sentence at a time (split with `Intl.Segmenter`). The sentence being
 * read is highlighted with the CSS Custom Highlight API
 * (`::highlight(ally-reading)`), or its whole element is marked `data-reading`
 * where that API is missing; nothing in the page is rewritten. The widgets
 * load this module on demand, only where the browser has speech synthesis.
 */

/** The controls and the sentence being read (adopted into the widget's shadow root when this module loads). */
export const listenStyles = css`
  .listen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  ::highlight(ally-reading),
  [data-reading] {
    background: Mark;
    color: MarkText;
  }
  @media print {
    .listen {
      display: none;
    }
  }
`;

export type ListenState = 'idle' | 'playing' | 'paused';

const synth = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/** Voice languages that speak a page language (BCP 47, case-insensitive). */
function speaks(voiceLang: string, lang: string): boolean {
  const v = voiceLang.toLowerCase().replace(/_/g, '-');
  const [base] = lang.toLowerCase().split('-');
  if (lang === 'zh-Hans') return /^(zh|cmn)(-hans|-cn|-sg|$)/.test(v);
  if (lang === 'zh-Hant') return /^(zh|cmn|yue)(-hant|-tw|-hk|-mo)/.test(v);
  if (base === 'tl') return /^(tl|fil)(-|$)/.test(v);
  return v === base || v.startsWith(`${base}-`);
}

/** The device's own voice for `lang` (its default one first), or undefined. Remote voices are never returned. */
export function localVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices().filter((v) => v.localService && speaks(v.lang, lang)) ?? [];
  return voices.find((v) => v.default) ?? voices[0];
}

export type ListenHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class Listen implements ReactiveController {
  private reader?: Reader;
  private lang = '';

  /** `beforeRead` runs before each element is read (e.g. to open a closed section). */
  constructor(
    readonly host: ListenHost,
    readonly beforeRead?: (el: HTMLElement) => void,
  ) {
    host.addController(this);
    // This module loads after the widget's first render: its styles join the shadow root's own.
    const root = host.renderRoot as ShadowRoot;
    const sheet = listenStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  get state(): ListenState {
    return this.reader?.state ?? 'idle';
  }

  private voicesChanged = () => this.host.requestUpdate();

  hostConnected(): void {
    synth()?.addEventListener?.('voiceschanged', this.voicesChanged);
  }

  hostDisconnected(): void {
    synth()?.removeEventListener?.('voiceschanged', this.voicesChanged);
    this.stop();
  }

  /**
   * The Listen / Pause / Resume and Stop buttons for text in `lang`, or nothing
   * when the device has no local voice for it. Reading stops when `lang` changes.
   */
  controls(lang: string) {
    if (lang !== this.lang) this.stop();
    this.lang = lang;
    if (!localVoice(lang)) return nothing;
    const { state } = this;
    return html`<div part="listen" class="listen" role="group" aria-label=${msg('Read aloud', { id: 'common.readAloud' })}>
      <button part="listen-button" class="button" @click=${this.toggle}>
        <span aria-hidden="true">${state === 'playing' ? '❚❚' : '▶'}</span>
        ${state === 'playing' ? msg('Pause', { id: 'common.pause' }) : state === 'paused' ? msg('Resume', { id: 'common.resume' }) : msg('Listen', { id: 'common.listen' })}
      </button>
      ${state === 'idle'
        ? nothing
        : html`<button part="listen-stop" class="button" @click=${this.stopAndFocus}><span aria-hidden="true">■</span> ${msg('Stop', { id: 'common.stop' })}</button>`}
    </div>`;
  }

  private toggle = (): void => {
    this.reader ??= new Reader(this);
    if (this.state === 'idle') this.reader.start();
    else this.reader.toggle();
  };

  /** Stops reading and clears the highlight. */
  stop(): void {
    this.reader?.stop();
  }

  private stopAndFocus = (): void => {
    this.stop();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="listen-button"]')?.focus());
  };
}

/** One sentence: the element it is in, its text range there, and the voice that reads it. */
interface Sentence {
  el: HTMLElement;
  start: number;
  end: number;
  voice: SpeechSynthesisVoice;
}

/** The reader that is speaking now (one at a time on the page: speech is global). */
let speaking: Reader | undefined;

class Reader {
  state: ListenState = 'idle';
  private sentences: Sentence[] = [];
  private at = 0;
  private run = 0;

  constructor(private listen: Listen) {}

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
