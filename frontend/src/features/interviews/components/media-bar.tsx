import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { MediaProblemAlert } from '@/features/recordings/components/media-problem-alert';
import { RecordingIndicator } from '@/features/recordings/components/recording-indicator';
import { SelfView } from '@/features/recordings/components/self-view';

import type { RoomMedia } from '../hooks/use-room-media';

/** In video/audio mode: the small self-view, the REC dot and upload health, or why the devices failed. */
export function MediaBar({ interviewId, media }: { interviewId: string; media: RoomMedia }) {
  const { media: devices, session, voice } = media;
  if (media.chosen === 'typed') return null;
  if (devices.problem) {
    return (
      <div className="space-y-2">
        <MediaProblemAlert problem={devices.problem} onRetry={devices.retry} />
        <p className="text-sm text-neutral-700">
          You can keep answering by typing.{' '}
          <Link to={paths.app.interviewSetup.to(interviewId)} className="font-medium text-indigo-700 hover:underline">
            Check your camera and microphone
          </Link>
        </p>
      </div>
    );
  }
  const unsupported = devices.status === 'ready' && !session.mimeType;
  return (
    <div className="flex flex-wrap items-center gap-4 rounded-2xl border border-neutral-200 bg-white p-3 shadow-sm">
      {voice?.kind === 'video' ? <SelfView stream={voice.stream} label="Your camera" className="w-40" /> : null}
      <div className="space-y-1">
        {devices.status === 'starting' ? <p className="text-sm text-neutral-700">Starting your camera and microphone…</p> : null}
        {media.chosen === 'video' && voice?.kind === 'audio' ? <p className="text-sm text-amber-800">No camera found: recording audio only.</p> : null}
        {unsupported ? <p className="text-sm text-amber-800">This browser cannot record here; your answers are still saved as text.</p> : null}
        {session.status === 'recording' || session.recordingId ? (
          <RecordingIndicator recording={session.status === 'recording'} elapsedS={session.elapsedS} />
        ) : null}
      </div>
    </div>
  );
}
