import type { AvatarQuestion } from '../types';

import { QuestionCaption } from './question-caption';

/** A Tavus conversational video interviewer, embedded as the call it runs in. */
export function TavusAvatar({ conversationUrl, question }: { conversationUrl: string; question: AvatarQuestion | null }) {
  return (
    <div className="flex flex-col gap-3">
      <iframe
        src={conversationUrl}
        title="Interviewer video call"
        allow="camera; microphone; autoplay; display-capture"
        className="aspect-video w-full rounded-xl border-0 bg-neutral-900"
      />
      <QuestionCaption text={question?.text} />
    </div>
  );
}
