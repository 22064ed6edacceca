import { useMutedPreference } from '../hooks/use-muted-preference';
import { useReportSpeaking } from '../hooks/use-report-speaking';
import { useSpeakQuestion } from '../hooks/use-speak-question';
import { useSpeechSynthesis } from '../hooks/use-speech-synthesis';
import { useVoices } from '../hooks/use-voices';
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
}

/** An animated face that reads each new question aloud with the browser's speech synthesis. */
export function BrowserAvatar({ question, onSpeakingChange, notice }: BrowserAvatarProps) {
  const { voices, voice, selectVoice } = useVoices();
  const [muted, setMuted] = useMutedPreference();
  const speech = useSpeechSynthesis(voice);
  useSpeakQuestion(question, muted, speech.speak);
  useReportSpeaking(speech.speaking, onSpeakingChange);

  function changeMuted(next: boolean) {
    setMuted(next);
    if (next) speech.cancel();
  }

  return (
    <div className="flex flex-col items-center gap-3">
      <AvatarFace speaking={speech.speaking} wordCount={speech.wordCount} className="size-40" />
      <QuestionCaption text={question?.text} />
      {speech.supported ? (
        <AvatarControls
          muted={muted}
          onMutedChange={changeMuted}
          onReplay={() => question && speech.speak(question.text)}
          canReplay={question !== null && !muted}
          voices={voices}
          voiceUri={voice?.voiceURI}
          onVoiceChange={selectVoice}
        />
      ) : (
        <AvatarNote>Spoken questions aren&apos;t available in this browser: each question is shown as text.</AvatarNote>
      )}
      {speech.blocked ? <AvatarNote>Your browser blocked the voice until you interact with the page. Press Replay question to hear it.</AvatarNote> : null}
      {notice ? <AvatarNote>{notice}</AvatarNote> : null}
    </div>
  );
}
