import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/rights-card/ally-rights-card.js';
import '../src/five-ds/ally-five-ds.js';
import type { AllyRightsCard } from '../src/rights-card/rights-card.component.js';
import type { AllyFiveDs } from '../src/five-ds/five-ds.component.js';
import { localVoice } from '../src/internal/read-aloud.js';
import { fixtureIn, shadow } from './helpers.js';

/** A stand-in for window.speechSynthesis: records what is spoken, and the test plays each utterance. */
class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: SpeechSynthesisUtterance[] = [];
  calls: string[] = [];
  getVoices = () => this.voices;
  speak = (u: SpeechSynthesisUtterance) => {
    this.spoken.push(u);
    this.calls.push('speak');
  };
  pause = () => this.calls.push('pause');
  resume = () => this.calls.push('resume');
  cancel = () => this.calls.push('cancel');
  /** The last utterance starts (the browser fires `start`). */
  start() {
    const u = this.spoken.at(-1)!;
    u.onstart?.(new Event('start') as SpeechSynthesisEvent);
    return u;
  }
  /** The last utterance ends; the reader queues the next one. */
  end() {
    this.spoken.at(-1)!.onend?.(new Event('end') as SpeechSynthesisEvent);
  }
}

/** Real utterances accept only real voices; the stub's voices need a plain stand-in. */
class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  onstart: ((e: Event) => void) | null = null;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(public text: string) {
    super();
  }
}

const voice = (lang: string, localService: boolean, name = `${lang} ${localService ? 'local' : 'remote'}`) =>
  ({ lang, localService, name, default: false, voiceURI: name }) as SpeechSynthesisVoice;

/** Taps Listen and waits for the first sentence to be handed to the speech engine (the reader loads on first use). */
async function play(el: Element, synth: FakeSynth): Promise<void> {
  const before = synth.spoken.length;
  shadow(el).querySelector<HTMLButtonElement>('[part~="listen-button"]')!.click();
  await waitUntil(() => synth.spoken.length > before, 'nothing was spoken');
}

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const highlighted = () => [...(CSS.highlights.get('ally-reading') ?? [])].map((r) => (r as Range).toString());

describe('Listen (read aloud with the device’s own voices)', () => {
  let synth: FakeSynth;
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')!;
  const RealUtterance = window.SpeechSynthesisUtterance;
  beforeEach(() => {
    synth = new FakeSynth();
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    window.SpeechSynthesisUtterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
  });
  afterEach(() => {
    Object.defineProperty(window, 'speechSynthesis', original);
    window.SpeechSynthesisUtterance = RealUtterance;
    CSS.highlights.clear();
  });

  it('picks only local voices, matching the page language (Chinese scripts, Tagalog/Filipino)', () => {
    synth.voices = [voice('es-US', false), voice('es-MX', true), voice('zh-TW', true), voice('zh-CN', false), voice('fil-PH', true), voice('en-US', false)];
    expect(localVoice('es')!.name).to.equal('es-MX local');
    expect(localVoice('zh-Hant')!.lang).to.equal('zh-TW');
    expect(localVoice('zh-Hans')).to.equal(undefined);
    expect(localVoice('tl')!.lang).to.equal('fil-PH');
    expect(localVoice('en')).to.equal(undefined);
  });

  it('shows no Listen button when the device has only remote voices for the language', async () => {
    synth.voices = [voice('en-US', false), voice('es-ES', false)];
    const card = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
    const five = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    expect(part(card, 'listen')).to.equal(null);
    expect(part(five, 'listen')).to.equal(null);
  });

  it('shows the button once a local voice arrives (voiceschanged)', async () => {
    const card = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
    expect(part(card, 'listen')).to.equal(null);
    synth.voices = [voice('en-US', true)];
    synth.dispatchEvent(new Event('voiceschanged'));
    await card.updateComplete;
    expect(part(card, 'listen-button')!.textContent).to.contain('Listen');
  });

  it('reads the rights card in the page language with a local voice, sentence by sentence, highlighting each; pause, resume, stop', async () => {
    synth.voices = [voice('es-ES', false), voice('es-US', true), voice('en-US', true)];
    const card = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es"></ally-rights-card>`, 'es');
    const button = part<HTMLButtonElement>(card, 'listen-button')!;
    expect(button.textContent).to.contain('Escuchar');
    await play(card, synth);
    await card.updateComplete;
    const first = synth.start();
    expect(first.voice!.name).to.equal('es-US local');
    expect(first.text).to.equal('Estos derechos son de todas las personas en Estados Unidos, tengan papeles o no.');
    expect(highlighted()).to.deep.equal([first.text]);
    // The next sentence: the first point's title, then its explanation one sentence at a time.
    synth.end();
    expect(synth.start().text).to.equal(shadow(card).querySelector('[part~="points"] strong')!.textContent!.trim());
    expect(highlighted()).to.deep.equal([synth.spoken.at(-1)!.text]);
    // Pause and resume with the same button (focus stays on it), then Stop.
    expect(part(card, 'listen-button')!.textContent).to.contain('Pausa');
    part<HTMLButtonElement>(card, 'listen-button')!.click();
    await card.updateComplete;
    expect(synth.calls.at(-1)).to.equal('pause');
    expect(part(card, 'listen-button')!.textContent).to.contain('Continuar');
    part<HTMLButtonElement>(card, 'listen-button')!.click();
    await card.updateComplete;
    expect(synth.calls.at(-1)).to.equal('resume');
    part<HTMLButtonElement>(card, 'listen-stop')!.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    await card.updateComplete;
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(highlighted()).to.deep.equal([]);
    expect(part(card, 'listen-stop')).to.equal(null);
    expect(shadow(card).activeElement).to.equal(part(card, 'listen-button'));
    // A late event from the cancelled utterance changes nothing.
    const count = synth.spoken.length;
    synth.end();
    expect(synth.spoken.length).to.equal(count);
  });

  it('reads the English words to say with a local English voice, and only with it', async () => {
    synth.voices = [voice('es-US', true), voice('en-US', true)];
    const card = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es"></ally-rights-card>`, 'es');
    await play(card, synth);
    for (let i = 0; i < 200 && !synth.spoken.some((u) => u.text === 'I choose to remain silent.'); i++) {
      synth.start();
      synth.end();
    }
    const english = synth.spoken.find((u) => u.text === 'I choose to remain silent.')!;
    expect(english.voice!.lang).to.equal('en-US');
    expect(synth.spoken.every((u) => u.voice!.localService)).to.equal(true);
  });

  it('reads the officer side in English whatever the page language', async () => {
    synth.voices = [voice('en-GB', true)];
    const card = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es" side="officer"></ally-rights-card>`, 'es');
    await play(card, synth);
    const first = synth.start();
    expect(first.text).to.equal('I am exercising my Fifth Amendment right to remain silent.');
    expect(first.voice!.lang).to.equal('en-GB');
    // Flipping stops the reading.
    part<HTMLButtonElement>(card, 'flip')!.click();
    await card.updateComplete;
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(part(card, 'listen')).to.equal(null); // no local Spanish voice: no button on the visitor's side
  });

  it('reads the 5 D’s, opening each D as its text is reached', async () => {
    synth.voices = [voice('en-US', true)];
    const five = await fixtureIn<AllyFiveDs>(html`<ally-five-ds></ally-five-ds>`);
    await play(five, synth);
    expect(synth.start().text).to.match(/^If someone is harassed/);
    for (let i = 0; i < 50 && !/^Turn attention away/.test(synth.spoken.at(-1)!.text); i++) {
      synth.end();
      synth.start();
    }
    expect(synth.spoken.at(-1)!.text).to.match(/^Turn attention away/);
    await five.updateComplete;
    expect(shadow(five).querySelector('#p-distract')!.hasAttribute('hidden')).to.equal(false);
    expect(highlighted()[0]).to.match(/^Turn attention away/);
    await expect(five).to.be.accessible();
  });
});
