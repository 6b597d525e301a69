// Loaded before the widgets by the read-aloud test page: a stand-in for the
// browser's speech synthesis with one voice of the device's own (English), so
// the Listen button shows in headless Chromium (which has no voices). Records
// what would be spoken in window.__spoken; nothing is played.
window.__spoken = [];
class FakeUtterance extends EventTarget {
  constructor(text) {
    super();
    this.text = text;
    this.voice = null;
    this.lang = '';
    this.onstart = null;
    this.onend = null;
    this.onerror = null;
  }
}
const synth = new EventTarget();
synth.getVoices = () => [{ lang: 'en-US', localService: true, name: 'English (this device)', default: true, voiceURI: 'en-local' }];
synth.speak = (utterance) => {
  window.__spoken.push(utterance.text);
  utterance.onstart?.(new Event('start'));
};
synth.pause = () => {};
synth.resume = () => {};
synth.cancel = () => {};
Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
window.SpeechSynthesisUtterance = FakeUtterance;
