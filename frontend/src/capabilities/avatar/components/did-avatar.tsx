import { useState } from 'react';

import type { AvatarClip } from '../api/get-avatar-session';
import type { AvatarQuestion } from '../types';

import { BrowserAvatar } from './browser-avatar';
import { ClipPlayer } from './clip-player';

export interface DidAvatarProps {
  clips: AvatarClip[];
  questions: AvatarQuestion[];
  question: AvatarQuestion | null;
  onSpeakingChange?: (speaking: boolean) => void;
  tile?: boolean;
}

function readyUrl(clips: AvatarClip[], questionId: string | undefined): string | null {
  const clip = clips.find((candidate) => candidate.question_id === questionId);
  return clip?.status === 'ready' ? clip.video_url : null;
}

/** D-ID clips, one per question: plays the ready one, else the browser avatar asks instead. */
export function DidAvatar({ clips, questions, question, onSpeakingChange, tile }: DidAvatarProps) {
  const [failed, setFailed] = useState<string[]>([]);
  const url = question && !failed.includes(question.id) ? readyUrl(clips, question.id) : null;
  const position = questions.findIndex((candidate) => candidate.id === question?.id);
  const nextUrl = position >= 0 ? readyUrl(clips, questions[position + 1]?.id) : null;

  return (
    <>
      {question && url ? (
        <ClipPlayer
          key={question.id}
          url={url}
          question={question}
          onError={() => setFailed((ids) => [...ids, question.id])}
          onSpeakingChange={onSpeakingChange}
          tile={tile}
        />
      ) : (
        <BrowserAvatar question={question} onSpeakingChange={onSpeakingChange} tile={tile} />
      )}
      {/* Buffer the next question's clip so it starts without a wait. */}
      {nextUrl ? <video src={nextUrl} preload="auto" muted hidden aria-hidden="true" /> : null}
    </>
  );
}
