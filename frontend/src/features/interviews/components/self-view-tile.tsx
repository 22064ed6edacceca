import { Keyboard, Mic, RotateCcw, Video, VideoOff } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { RecordingIndicator } from '@/capabilities/recordings/components/recording-indicator';
import { SelfView } from '@/capabilities/recordings/components/self-view';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';

import type { RoomMedia } from '../hooks/use-room-media';
import { VideoTile } from './video-tile';
import { WidgetBoundary } from './widget-boundary';

interface SelfViewTileProps {
  interviewId: string;
  media: RoomMedia;
  /** One click between answering on camera and typing. */
  onModeChange: (mode: MediaMode) => void;
}

const TILE_BUTTON =
  'inline-flex items-center gap-1.5 rounded-lg bg-white/15 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-indigo-400';

function Placeholder({ icon: Icon, children }: { icon: typeof Video; children: ReactNode }) {
  return (
    <div className="flex h-full flex-col items-center justify-center gap-2 overflow-y-auto p-4 pb-9 text-center text-sm text-neutral-200">
      <Icon aria-hidden="true" className="size-8 shrink-0 text-neutral-400" />
      {children}
    </div>
  );
}

/** What the tile shows: the camera, the microphone alone, typing, or why the devices failed. */
function SelfViewContent({ interviewId, media, onModeChange }: SelfViewTileProps) {
  const { media: devices, session, voice } = media;
  if (media.chosen === 'typed') {
    return (
      <Placeholder icon={Keyboard}>
        <p>You are typing your answers. Nothing is recorded.</p>
        <button type="button" className={TILE_BUTTON} onClick={() => onModeChange('video')}>
          <Video aria-hidden="true" className="size-4" />
          Use my camera
        </button>
      </Placeholder>
    );
  }
  if (devices.problem) {
    return (
      <Placeholder icon={VideoOff}>
        <p className="font-semibold text-white">{devices.problem.title}</p>
        <p>{devices.problem.message} You can keep answering by typing.</p>
        <div className="flex flex-wrap justify-center gap-2">
          <button type="button" className={TILE_BUTTON} onClick={devices.retry}>
            <RotateCcw aria-hidden="true" className="size-4" />
            Try again
          </button>
          <button type="button" className={TILE_BUTTON} onClick={() => onModeChange('typed')}>
            <Keyboard aria-hidden="true" className="size-4" />
            Type instead
          </button>
        </div>
        <Link to={paths.app.interviewSetup.to(interviewId)} className="font-medium text-indigo-300 hover:underline">
          Check your camera and microphone
        </Link>
      </Placeholder>
    );
  }
  if (!voice) {
    return (
      <Placeholder icon={Video}>
        <p>Starting your camera and microphone…</p>
      </Placeholder>
    );
  }
  const unsupported = !session.mimeType;
  return (
    <>
      {voice.kind === 'video' ? (
        <SelfView stream={voice.stream} label="Your camera" className="h-full w-full rounded-none" />
      ) : (
        <Placeholder icon={Mic}>
          <p>
            {media.chosen === 'video'
              ? 'No camera found: recording audio only.'
              : 'Audio only: your voice is recorded.'}
          </p>
        </Placeholder>
      )}
      {unsupported ? (
        <p className="absolute inset-x-2 bottom-9 rounded-lg bg-amber-50 px-2 py-1 text-xs text-amber-900">
          This browser cannot record here; your answers are still saved as text.
        </p>
      ) : null}
      <button
        type="button"
        aria-label="Turn off the camera and type"
        title="Turn off the camera and type"
        className="absolute right-2 bottom-2 grid size-9 place-items-center rounded-full bg-white/15 text-white hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-indigo-400"
        onClick={() => onModeChange('typed')}
      >
        <VideoOff aria-hidden="true" className="size-4" />
      </button>
    </>
  );
}

/** The candidate's own tile: the live camera (or why not), the REC dot and upload health. */
export function SelfViewTile(props: SelfViewTileProps) {
  const { session } = props.media;
  const recording = props.media.chosen !== 'typed' && (session.status === 'recording' || session.recordingId);
  return (
    <VideoTile
      name="You"
      badge={
        recording ? (
          <div className="rounded-lg bg-white/90 px-2 py-1">
            <RecordingIndicator recording={session.status === 'recording'} elapsedS={session.elapsedS} />
          </div>
        ) : null
      }
    >
      <WidgetBoundary name="self-view" dark message="Your camera preview stopped. Your answers are still saved.">
        <SelfViewContent {...props} />
      </WidgetBoundary>
    </VideoTile>
  );
}
