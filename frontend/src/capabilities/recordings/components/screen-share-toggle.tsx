import { MonitorUp, MonitorX } from 'lucide-react';

import { Button } from '@/components/ui/button';

import type { ScreenShare } from '../hooks/use-screen-share';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** "Share screen" on and off (optional): the screen is recorded beside the camera for the results page. */
export function ScreenShareToggle({ share }: { share: ScreenShare }) {
  const sharing = share.state === 'sharing';
  const recording = sharing && share.recordingStatus === 'recording';
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        aria-pressed={sharing}
        isLoading={share.state === 'asking'}
        onClick={() => void share.toggle()}
      >
        {sharing ? (
          <MonitorX aria-hidden="true" className="size-4" />
        ) : (
          <MonitorUp aria-hidden="true" className="size-4" />
        )}
        Share screen
      </Button>
      <span role="status" className="text-neutral-300">
        {recording ? 'Your screen is being recorded' : sharing ? 'Starting the screen recording…' : ''}
      </span>
      {recording ? (
        <span aria-hidden="true" className="font-mono text-neutral-400">
          {clock(share.elapsedS)}
        </span>
      ) : null}
      {share.error ? (
        <p role="alert" className="w-full text-rose-300">
          {share.error}
        </p>
      ) : null}
    </div>
  );
}
