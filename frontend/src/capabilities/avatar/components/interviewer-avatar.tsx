import { useAvatarSession } from '../api/get-avatar-session';
import type { AvatarQuestion } from '../types';

import { AvatarFace } from './avatar-face';
import { BrowserAvatar } from './browser-avatar';
import { DidAvatar } from './did-avatar';
import { QuestionCaption } from './question-caption';
import { TavusAvatar } from './tavus-avatar';

export interface InterviewerAvatarProps {
  interviewId: string;
  questions: AvatarQuestion[];
  currentQuestion: AvatarQuestion | null;
  /** Called with true when the interviewer starts speaking and false when it stops. */
  onSpeakingChange?: (speaking: boolean) => void;
  /**
   * Drawn in the room's video tile: it fills the tile and leaves the question's caption to the
   * room, so the question is on screen once.
   */
  tile?: boolean;
}

const FALLBACK_NOTICE = "The video interviewer isn't available right now, so your browser's voice asks the questions.";

/**
 * The interviewer who asks the questions: the server picks a hosted avatar (Tavus, D-ID) or the
 * browser's own voice; any failure ends with the browser avatar. The question is always captioned.
 */
export function InterviewerAvatar({
  interviewId,
  questions,
  currentQuestion,
  onSpeakingChange,
  tile = false,
}: InterviewerAvatarProps) {
  const session = useAvatarSession(interviewId);

  if (session.isPending) {
    // Wait before speaking: a hosted avatar would otherwise talk over the browser's voice.
    return (
      <div
        className={tile ? 'flex h-full w-full items-center justify-center p-3' : 'flex flex-col items-center gap-3'}
        aria-busy="true"
      >
        <AvatarFace speaking={false} className={tile ? 'max-h-full w-full max-w-64' : 'size-40'} />
        {tile ? null : <QuestionCaption text={currentQuestion?.text} />}
      </div>
    );
  }

  const data = session.data;
  if (data?.provider === 'tavus' && data.conversation_url) {
    return <TavusAvatar conversationUrl={data.conversation_url} question={currentQuestion} tile={tile} />;
  }
  if (data?.provider === 'did') {
    return (
      <DidAvatar
        clips={data.clips}
        questions={questions}
        question={currentQuestion}
        onSpeakingChange={onSpeakingChange}
        tile={tile}
      />
    );
  }
  return (
    <BrowserAvatar
      question={currentQuestion}
      onSpeakingChange={onSpeakingChange}
      notice={data?.fallback_reason ? FALLBACK_NOTICE : null}
      tile={tile}
    />
  );
}
