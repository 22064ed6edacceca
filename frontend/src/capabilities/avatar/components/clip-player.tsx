import { useRef, useState } from 'react';

import { cn } from '@/lib/cn';

import { useMutedPreference } from '../hooks/use-muted-preference';
import { useReportSpeaking } from '../hooks/use-report-speaking';
import { TILE_FACE_FLOOR } from '../lib/tile-layout';
import type { AvatarQuestion } from '../types';

import { AvatarControls } from './avatar-controls';
import { AvatarNote } from './avatar-note';
import { QuestionCaption } from './question-caption';

export interface ClipPlayerProps {
  url: string;
  question: AvatarQuestion;
  /** The clip could not be played: the caller falls back to the browser's voice. */
  onError: () => void;
  onSpeakingChange?: (speaking: boolean) => void;
  /** Drawn in a video tile: the clip fills it, the room captions the question. */
  tile?: boolean;
}

/** Plays a pre-rendered video of the interviewer asking the question. */
export function ClipPlayer({ url, question, onError, onSpeakingChange, tile = false }: ClipPlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [muted, setMuted] = useMutedPreference();
  const [playing, setPlaying] = useState(false);
  const [blocked, setBlocked] = useState(false);
  useReportSpeaking(playing, onSpeakingChange);

  function replay() {
    const element = video.current;
    if (!element) return;
    element.currentTime = 0;
    Promise.resolve(element.play()).then(
      () => setBlocked(false),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'NotAllowedError') setBlocked(true);
      },
    );
  }

  return (
    <div className={tile ? 'flex h-full w-full flex-col gap-2 p-2' : 'flex flex-col items-center gap-3'}>
      <div
        role="img"
        aria-label={playing ? 'Interviewer, speaking' : 'Interviewer'}
        data-speaking={playing}
        className={
          tile
            ? cn(TILE_FACE_FLOOR, 'w-full flex-1 overflow-hidden rounded-xl bg-neutral-900')
            : 'w-full overflow-hidden rounded-xl bg-neutral-900'
        }
      >
        <video
          ref={video}
          src={url}
          autoPlay
          playsInline
          muted={muted}
          className={tile ? 'h-full w-full object-contain' : 'aspect-video w-full'}
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={() => setPlaying(false)}
          onError={onError}
        />
      </div>
      {tile ? null : <QuestionCaption text={question.text} />}
      {blocked ? (
        <AvatarNote tile={tile}>
          Your browser blocked the video&apos;s sound. Press Replay question to hear it.
        </AvatarNote>
      ) : null}
      <div className={tile ? 'self-stretch' : 'w-full'}>
        <AvatarControls muted={muted} onMutedChange={setMuted} onReplay={replay} canReplay={!muted} compact={tile} />
      </div>
    </div>
  );
}
