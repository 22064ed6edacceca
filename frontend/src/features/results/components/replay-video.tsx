import type { RefCallback } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useRecordingPlayback } from '../api/get-recording-playback';
import type { Recording } from '../api/recording-types';
import { useSignedSource } from '../hooks/use-signed-source';

interface ReplayVideoProps {
  recording: Recording;
  label: string;
  /** Receives the element once it plays, to seek it and follow its time. */
  mediaRef: RefCallback<HTMLVideoElement>;
}

/** One ready recording (screen or camera) in the coding replay, on a signed, refreshed link. */
export function ReplayVideo({ recording, label, mediaRef }: ReplayVideoProps) {
  const playback = useRecordingPlayback(recording.id);
  const { refetch } = playback;
  const source = useSignedSource(playback.data?.url, () => void refetch());
  return (
    <figure className="min-w-0 space-y-1">
      {playback.isError ? (
        <ErrorAlert>
          {label} could not be loaded: {errorMessage(playback.error)}
        </ErrorAlert>
      ) : source.broken ? (
        <ErrorAlert>{label} could not be played. Reload the page to try again.</ErrorAlert>
      ) : !source.src ? (
        <Skeleton className="aspect-video w-full rounded-xl" />
      ) : (
        <video
          ref={mediaRef}
          controls
          playsInline
          preload="metadata"
          src={source.src}
          aria-label={label}
          className="aspect-video w-full rounded-xl bg-black"
          onError={source.onError}
          onLoadedMetadata={source.onLoadedMetadata}
          onLoadedData={source.onLoadedData}
        />
      )}
      <figcaption className="text-xs text-neutral-600">{label}</figcaption>
    </figure>
  );
}
