import type { AvatarQuestion } from '../types';

import { QuestionCaption } from './question-caption';

interface TavusAvatarProps {
  conversationUrl: string;
  question: AvatarQuestion | null;
  /** Drawn in a video tile: the call fills it, the room captions the question. */
  tile?: boolean;
}

/** A Tavus conversational video interviewer, embedded as the call it runs in. */
export function TavusAvatar({ conversationUrl, question, tile = false }: TavusAvatarProps) {
  return (
    <div className={tile ? 'h-full w-full' : 'flex flex-col gap-3'}>
      <iframe
        src={conversationUrl}
        title="Interviewer video call"
        allow="camera; microphone; autoplay; display-capture"
        className={
          tile ? 'h-full w-full border-0 bg-neutral-900' : 'aspect-video w-full rounded-xl border-0 bg-neutral-900'
        }
      />
      {tile ? null : <QuestionCaption text={question?.text} />}
    </div>
  );
}
