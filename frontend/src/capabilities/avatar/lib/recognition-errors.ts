// SpeechRecognitionErrorEvent.error codes, in words a candidate can act on.
const MESSAGES: Record<string, string> = {
  'not-allowed':
    'Microphone access is blocked. Allow the microphone for this site to see live captions, or type your answer.',
  'service-not-allowed': "Live captions are turned off in this browser's settings. Type your answer instead.",
  'audio-capture': 'No microphone was found. Connect one to see live captions, or type your answer.',
  'no-speech': "We didn't hear anything. Check that your microphone is on and not muted.",
  network: 'Live captions need an internet connection in this browser. Type your answer instead.',
  'language-not-supported': "Live captions aren't available for this language. Type your answer instead.",
};

// Errors that retrying will not fix: stop instead of restarting in a loop.
const FATAL = new Set(['not-allowed', 'service-not-allowed', 'audio-capture', 'network', 'language-not-supported']);

// While the microphone records, these come from the recogniser itself (Chromium without Google's
// speech service says "audio-capture" or "network"), not from a missing or blocked microphone.
const RECOGNISER_FAILURES = new Set(['not-allowed', 'service-not-allowed', 'audio-capture', 'network']);

export const KEEPS_STOPPING_MESSAGE = 'Live captions keep stopping in this browser. Type your answer instead.';

export const CAPTIONS_UNAVAILABLE_MESSAGE = 'Live captions are unavailable in this browser.';

interface ErrorContext {
  /** The microphone is known to work (it is recording the answer). */
  microphoneWorks?: boolean;
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function recognitionErrorMessage(code: string, { microphoneWorks = false }: ErrorContext = {}): string {
  if (microphoneWorks && RECOGNISER_FAILURES.has(code) && !(code === 'network' && isOffline())) {
    return `${CAPTIONS_UNAVAILABLE_MESSAGE} Your answer is still recorded: type it in the box too so it can be scored.`;
  }
  return MESSAGES[code] ?? 'Live captions stopped unexpectedly. Type your answer, or try again.';
}

export function isFatalRecognitionError(code: string): boolean {
  return FATAL.has(code);
}
