import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from './localize-runtime.js';
import { onDemand } from './on-demand.js';
import type { Reader } from './listen.js';

/**
 * Read aloud with the device's own voices: the controls. The Listen button
 * shows where the device has a local voice for the language (`localVoice`);
 * the reader itself (`listen.ts`: sentences, speech, highlight) loads the
 * first time a visitor presses it, so a page that nobody listens to never
 * downloads it.
 */

/** The controls' layout (part of the widget's own styles: the Listen button shows at first render). */
export const readAloudStyles = css`
  .listen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .listen {
      display: none;
    }
  }
`;

export type ListenState = 'idle' | 'playing' | 'paused';

export const synth = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

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

export class ReadAloud implements ReactiveController {
  private reader?: Reader;
  private lang?: string;
  private loadReader: () => Promise<typeof import('./listen.js') | undefined>;

  /** `beforeRead` runs before each element is read (e.g. to open a closed section). */
  constructor(
    readonly host: ListenHost,
    readonly beforeRead?: (el: HTMLElement) => void,
  ) {
    host.addController(this);
    this.loadReader = onDemand(host.localName, 'read aloud', () => import('./listen.js'));
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

  /** Listen (the reader loads on first use), then Pause / Resume. */
  private toggle = async (): Promise<void> => {
    if (!this.reader) {
      const module = await this.loadReader();
      if (!module) return;
      this.reader ??= new module.Reader(this);
    }
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
