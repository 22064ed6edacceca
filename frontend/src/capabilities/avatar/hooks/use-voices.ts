import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

import { getSpeechSynthesis } from '../lib/speech-apis';
import { readPreference, writePreference } from '../lib/stored-preference';
import { pickVoice, VOICE_STORAGE_KEY } from '../lib/voices';

const NO_VOICES: SpeechSynthesisVoice[] = [];
let lastVoices: SpeechSynthesisVoice[] = NO_VOICES;

/** How long Chrome gets to load its voices before the browser counts as having none. */
const VOICE_WAIT_MS = 1500;

function readVoices(): SpeechSynthesisVoice[] {
  try {
    return getSpeechSynthesis()?.getVoices() ?? NO_VOICES;
  } catch {
    return NO_VOICES;
  }
}

// getVoices() returns a new array on every call: keep the previous one while the list is unchanged.
function getVoicesSnapshot(): SpeechSynthesisVoice[] {
  const voices = readVoices();
  const same = voices.length === lastVoices.length && voices.every((voice, i) => voice === lastVoices[i]);
  if (!same) lastVoices = voices.length ? voices : NO_VOICES;
  return lastVoices;
}

// Chrome loads its voices asynchronously and announces them with `voiceschanged`.
function subscribe(onChange: () => void) {
  const synth = getSpeechSynthesis();
  synth?.addEventListener('voiceschanged', onChange);
  return () => synth?.removeEventListener('voiceschanged', onChange);
}

/**
 * The installed voices and the chosen one (remembered in this browser, else an English voice).
 * `settled` once the list has had time to load: an empty list then means the browser has none.
 */
export function useVoices() {
  const voices = useSyncExternalStore(subscribe, getVoicesSnapshot, () => NO_VOICES);
  const [storedUri, setStoredUri] = useState(() => readPreference(VOICE_STORAGE_KEY));
  const [waited, setWaited] = useState(false);
  const voice = pickVoice(voices, storedUri);

  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), VOICE_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);

  const selectVoice = useCallback((voiceUri: string) => {
    setStoredUri(voiceUri);
    writePreference(VOICE_STORAGE_KEY, voiceUri);
  }, []);

  return { voices, voice, selectVoice, settled: waited || voices.length > 0 };
}
