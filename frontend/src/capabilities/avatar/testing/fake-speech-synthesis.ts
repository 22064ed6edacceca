/** A stand-in for the browser's speechSynthesis: records what is spoken; tests end utterances. */

export class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: ((event: Event) => void) | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onboundary: ((event: Event) => void) | null = null;

  text: string;

  constructor(text = '') {
    this.text = text;
  }
}

export function fakeVoice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: `${name} ${lang}`, default: isDefault, localService: true };
}

export class FakeSpeechSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  /** Every utterance given to speak(), in order. */
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  private queue: FakeUtterance[] = [];

  get speaking() {
    return this.current !== null;
  }

  get pending() {
    return this.queue.length > 0;
  }

  readonly paused = false;

  getVoices() {
    return [...this.voices]; // A new array on each call, like Chrome.
  }

  setVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (!this.current) this.next();
  }

  cancel() {
    const interrupted = this.current;
    this.queue = [];
    this.current = null;
    interrupted?.onerror?.({ error: 'interrupted' });
  }

  pause() {}

  resume() {}

  /** The current utterance says a word. */
  boundary() {
    this.current?.onboundary?.(new Event('boundary'));
  }

  /** The current utterance finishes. */
  finish() {
    const done = this.current;
    this.current = null;
    done?.onend?.(new Event('end'));
    this.next();
  }

  /** The current utterance fails (e.g. "not-allowed" before any user gesture). */
  fail(error: string) {
    const failed = this.current;
    this.current = null;
    failed?.onerror?.({ error });
  }

  get texts() {
    return this.spoken.map((utterance) => utterance.text);
  }

  private next() {
    this.current = this.queue.shift() ?? null;
    this.current?.onstart?.(new Event('start'));
  }
}

/** Puts a fake speechSynthesis on window (undo with vi.unstubAllGlobals()). */
export function installFakeSpeechSynthesis(voices: SpeechSynthesisVoice[] = []) {
  const synth = new FakeSpeechSynthesis();
  synth.voices = voices;
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}
