import type { SpeechRecognitionErrorLike, SpeechRecognitionEventLike, SpeechRecognitionLike } from '../lib/speech-apis';

/** A stand-in for the browser's SpeechRecognition: tests push results, errors and ends. */
export class FakeSpeechRecognition implements SpeechRecognitionLike {
  static instances: FakeSpeechRecognition[] = [];

  static get latest(): FakeSpeechRecognition {
    const instance = FakeSpeechRecognition.instances.at(-1);
    if (!instance) throw new Error('No SpeechRecognition was created');
    return instance;
  }

  lang = '';
  continuous = false;
  interimResults = false;
  maxAlternatives = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: SpeechRecognitionErrorLike) => void) | null = null;
  onresult: ((event: SpeechRecognitionEventLike) => void) | null = null;
  started = false;
  startCount = 0;

  constructor() {
    FakeSpeechRecognition.instances.push(this);
  }

  start() {
    if (this.started) throw new DOMException('recognition has already started', 'InvalidStateError');
    this.started = true;
    this.startCount += 1;
    this.onstart?.();
  }

  stop() {
    this.end();
  }

  abort() {
    if (!this.started) return;
    this.onerror?.({ error: 'aborted' });
    this.end();
  }

  /** The browser recognised words: `[text, isFinal]` pairs from `resultIndex` on. */
  emit(results: [string, boolean][], resultIndex = 0) {
    const list = results.map(([transcript, isFinal]) => Object.assign([{ transcript, confidence: 0.9 }], { isFinal }));
    this.onresult?.({ resultIndex, results: list as unknown as SpeechRecognitionResultList });
  }

  fail(error: string) {
    this.onerror?.({ error });
  }

  /** The session ends (Chrome does so after a silence). */
  end() {
    if (!this.started) return;
    this.started = false;
    this.onend?.();
  }
}

/** Puts the fake on window under the name Chrome uses (undo with vi.unstubAllGlobals()). */
export function installFakeSpeechRecognition(
  name: 'SpeechRecognition' | 'webkitSpeechRecognition' = 'webkitSpeechRecognition',
) {
  FakeSpeechRecognition.instances = [];
  vi.stubGlobal(name, FakeSpeechRecognition);
  return FakeSpeechRecognition;
}
