import { useCallback, useId, useMemo, useRef, useState, type ComponentProps } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useRecordingPlayback } from '../api/get-recording-playback';
import { useRecordingTranscript } from '../api/get-recording-transcript';
import type { Recording } from '../api/recording-types';
import { useRegisterPlayer, type PlayerHandle } from '../hooks/player-seek';
import { useMediaTime } from '../hooks/use-media-time';
import { useSignedSource } from '../hooks/use-signed-source';
import {
  activeChapterIndex,
  activeLineIndex,
  answerStarts,
  isAudioOnly,
  playFrom,
  prefersReducedMotion,
} from '../lib/recording';
import { ChapterList } from './chapter-list';
import { TranscriptLines } from './transcript-lines';

function Media({ audioOnly, ...props }: { audioOnly: boolean } & ComponentProps<'video'>) {
  if (audioOnly) return <audio {...props} className="w-full" />;
  return <video {...props} playsInline className="aspect-video w-full rounded-xl bg-black" />;
}

/** A ready recording: the player with its chapters, and the transcript that follows it. */
export function RecordingPlayer({ recording }: { recording: Recording }) {
  const playback = useRecordingPlayback(recording.id);
  const transcript = useRecordingTranscript(recording.id);
  const [media, setMedia] = useState<HTMLMediaElement | null>(null);
  const time = useMediaTime(media);
  const { refetch } = playback;
  const source = useSignedSource(playback.data?.url, () => void refetch());
  const containerRef = useRef<HTMLDivElement>(null);
  const noteId = useId();

  const seek = useCallback(
    (seconds: number) => {
      if (media) playFrom(media, seconds);
    },
    [media],
  );
  const handle = useMemo<PlayerHandle | null>(() => {
    if (!media) return null;
    return {
      answerStarts: answerStarts(transcript.data?.chapters, recording.markers),
      watchFrom: (seconds) => {
        containerRef.current?.scrollIntoView?.({
          behavior: prefersReducedMotion() ? 'auto' : 'smooth',
          block: 'start',
        });
        media.focus({ preventScroll: true });
        playFrom(media, seconds);
      },
    };
  }, [media, transcript.data, recording.markers]);
  useRegisterPlayer(handle);

  const lines = transcript.data?.lines ?? [];
  const chapters = transcript.data?.chapters ?? [];
  const audioOnly = isAudioOnly(recording);

  return (
    // One column below lg that may not grow past the card: chapter titles and transcript lines wrap or truncate.
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div ref={containerRef} className="scroll-mt-4 space-y-3">
        {playback.isError ? (
          <ErrorAlert>Your recording could not be loaded: {errorMessage(playback.error)}</ErrorAlert>
        ) : source.broken ? (
          <ErrorAlert>Your recording could not be played. Reload the page to try again.</ErrorAlert>
        ) : !source.src ? (
          <Skeleton className="aspect-video w-full rounded-xl" />
        ) : (
          <Media
            ref={setMedia}
            audioOnly={audioOnly}
            controls
            // Focusable with controls in browsers anyway; said explicitly so "Watch this answer" can focus it.
            tabIndex={0}
            preload="metadata"
            src={source.src}
            aria-label={audioOnly ? 'Your interview recording (audio)' : 'Your interview recording'}
            aria-describedby={noteId}
            onError={source.onError}
            onLoadedMetadata={source.onLoadedMetadata}
            onLoadedData={source.onLoadedData}
          />
        )}
        <ChapterList chapters={chapters} activeIndex={activeChapterIndex(chapters, time)} onSeek={seek} />
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-neutral-900">Transcript</h3>
        <p id={noteId} className="text-xs text-neutral-500">
          The transcript follows the recording. Choose a line to play from there.
        </p>
        {transcript.isPending ? (
          <Skeleton className="h-48 w-full" />
        ) : transcript.isError ? (
          <ErrorAlert>The transcript could not be loaded: {errorMessage(transcript.error)}</ErrorAlert>
        ) : (
          <TranscriptLines
            lines={lines}
            activeIndex={activeLineIndex(lines, time)}
            onSeek={seek}
            className="max-h-72 lg:max-h-[26rem]"
          />
        )}
      </div>
    </div>
  );
}
