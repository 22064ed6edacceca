import { useState } from 'react';

import { InterviewerAvatar } from '@/capabilities/avatar/components/interviewer-avatar';

import type { InterviewQuestion } from '../api/get-interview';
import { VideoTile } from './video-tile';
import { WidgetBoundary } from './widget-boundary';

interface InterviewerTileProps {
  interviewId: string;
  questions: InterviewQuestion[];
  /** The question being asked; null at the wrap-up. */
  question: InterviewQuestion | null;
}

/** The interviewer, in every answer mode: asks each question aloud (the room captions it). */
export function InterviewerTile({ interviewId, questions, question }: InterviewerTileProps) {
  const [speaking, setSpeaking] = useState(false);
  return (
    <VideoTile name="Interviewer" active={speaking}>
      <WidgetBoundary
        name="interviewer"
        dark
        message="The interviewer stopped working. The questions are still shown as captions below."
      >
        <InterviewerAvatar
          interviewId={interviewId}
          questions={questions}
          currentQuestion={question}
          onSpeakingChange={setSpeaking}
          tile
        />
      </WidgetBoundary>
    </VideoTile>
  );
}
