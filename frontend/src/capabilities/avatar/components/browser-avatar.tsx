import { cn } from '@/lib/cn';

import { useMutedPreference } from '../hooks/use-muted-preference';
import { useReportSpeaking } from '../hooks/use-report-speaking';
import { useSpeakQuestion } from '../hooks/use-speak-question';
import { useSpeechSynthesis } from '../hooks/use-speech-synthesis';
import { useVoices } from '../hooks/use-voices';
import { TILE_FACE_FLOOR } from '../lib/tile-layout';
import type { AvatarQuestion } from '../types';

import { AvatarControls } from './avatar-controls';
import { AvatarFace } from './avatar-face';
import { AvatarNote } from './avatar-note';
import { QuestionCaption } from './question-caption';

export interface BrowserAvatarProps {
  question: AvatarQuestion | null;
  onSpeakingChange?: (speaking: boolean) => void;
  /** Why the browser's voice is used instead of a hosted avatar, when it was meant to be one. */
  notice?: string | null;
  /** Drawn in a video tile: the face fills it, the room captions the question. */
  tile?: boolean;
}

const NO_VOICE_NOTICE = "This browser has no voice for me, so I'll show each question as captions.";

/** An animated face that reads each new question aloud with the browser's speech synthesis. */
export function BrowserAvatar({ question, onSpeakingChange, notice, tile = false }: BrowserAvatarProps) {
  const { voices, voice, selectVoice, settled } = useVoices();
  const [muted, setMuted] = useMutedPreference();
  const speech = useSpeechSynthesis(voice);
  useSpeakQuestion(question, muted, speech.speak);
  useReportSpeaking(speech.speaking, onSpeakingChange);
  // Chrome without installed voices lists none and stays silent: say so rather than seem broken.
  const voiceless = !speech.supported || speech.unavailable || (settled && voices.length === 0 && !speech.hasSpoken);

  function changeMuted(next: boolean) {
    setMuted(next);
    if (next) speech.cancel();
  }

  return (
    <div
      className={
        tile
          ? 'flex h-full w-full flex-col items-center justify-center gap-2 p-3 pb-10'
          : 'flex flex-col items-center gap-3'
      }
    >
      <AvatarFace
        speaking={speech.speaking}
        wordCount={speech.wordCount}
        className={tile ? cn(TILE_FACE_FLOOR, 'w-full max-w-64 flex-1') : 'size-40'}
      />
      {tile ? null : <QuestionCaption text={question?.text} />}
      {voiceless ? <AvatarNote tile={tile}>{NO_VOICE_NOTICE}</AvatarNote> : null}
      {speech.blocked ? (
        <AvatarNote tile={tile}>
          Your browser blocked the voice until you interact with the page. Press Replay question to hear it.
        </AvatarNote>
      ) : null}
      {notice ? <AvatarNote tile={tile}>{notice}</AvatarNote> : null}
      {voiceless ? null : (
        <div className={tile ? 'self-stretch' : 'w-full'}>
          <AvatarControls
            muted={muted}
            onMutedChange={changeMuted}
            onReplay={() => question && speech.speak(question.text)}
            canReplay={question !== null && !muted}
            voices={voices}
            voiceUri={voice?.voiceURI}
            onVoiceChange={selectVoice}
            compact={tile}
          />
        </div>
      )}
    </div>
  );
}
