export const VOICE_STORAGE_KEY = 'rehearse.avatar.voice';

const isEnglish = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().startsWith('en');

/** The remembered voice when still installed, else an English one (the browser's default first). */
export function pickVoice(voices: SpeechSynthesisVoice[], storedUri: string | null): SpeechSynthesisVoice | null {
  const stored = storedUri ? voices.find((voice) => voice.voiceURI === storedUri) : undefined;
  if (stored) return stored;
  const english = voices.filter(isEnglish);
  const userLang = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    english.find((voice) => voice.default) ??
    english.find((voice) => lang(voice) === userLang) ??
    english.find((voice) => lang(voice) === 'en-us') ??
    english[0] ??
    voices.find((voice) => voice.default) ??
    voices[0] ??
    null
  );
}
