import { useMemo, useRef, type Ref } from 'react';

import type { SharedVideo } from '../api/get-shared-results';
import { useRegisterPlayer, type PlayerHandle } from '../hooks/player-seek';
import { activeChapterIndex, activeLineIndex, playFrom, prefersReducedMotion } from '../lib/recording';
import { ChapterList } from './chapter-list';
import { TranscriptLines } from './transcript-lines';

interface SharedPlayerProps {
  video: SharedVideo;
  media: HTMLMediaElement | null;
  mediaRef: Ref<HTMLMediaElement & HTMLVideoElement>;
  time: number;
}

/** The shared interview's video with its chapters and transcript, for the coach. */
export function SharedPlayer({ video, media, mediaRef, time }: SharedPlayerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { chapters, lines } = video.transcript;
  const handle = useMemo<PlayerHandle | null>(() => {
    if (!media) return null;
    return {
      answerStarts: new Map(chapters.map((chapter) => [chapter.question_id, chapter.start_s])),
      watchFrom: (seconds) => {
        containerRef.current?.scrollIntoView?.({
          behavior: prefersReducedMotion() ? 'auto' : 'smooth',
          block: 'start',
        });
        playFrom(media, seconds);
      },
    };
  }, [media, chapters]);
  useRegisterPlayer(handle);
  const seek = (seconds: number) => {
    if (media) playFrom(media, seconds);
  };
  const label = video.audio_only ? 'The interview recording (audio)' : 'The interview recording';
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div ref={containerRef} className="scroll-mt-4 space-y-3">
        {video.audio_only ? (
          <audio
            ref={mediaRef}
            controls
            preload="metadata"
            src={video.playback.url}
            aria-label={label}
            className="w-full"
          />
        ) : (
          <video
            ref={mediaRef}
            controls
            playsInline
            preload="metadata"
            src={video.playback.url}
            aria-label={label}
            className="aspect-video w-full rounded-xl bg-black"
          />
        )}
        <ChapterList chapters={chapters} activeIndex={activeChapterIndex(chapters, time)} onSeek={seek} />
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-neutral-900">Transcript</h3>
        <TranscriptLines
          lines={lines}
          activeIndex={activeLineIndex(lines, time)}
          onSeek={seek}
          className="max-h-72 lg:max-h-[26rem]"
        />
      </div>
    </div>
  );
}
