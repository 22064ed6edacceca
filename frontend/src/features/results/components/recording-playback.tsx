import { Film, VideoOff } from 'lucide-react';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';

import { useInterviewRecording } from '../api/get-interview-recordings';
import type { Recording } from '../api/recording-types';
import { DeleteRecordingButton } from './delete-recording-button';
import { RecordingPlayer } from './recording-player';

/** How much of the recording the server holds, when it knows how much to expect. */
function uploadProgress(recording: Recording): number | null {
  if (!recording.total_chunks) return null;
  return Math.min(1, recording.received_seqs.length / recording.total_chunks);
}

function Preparing({ recording }: { recording: Recording }) {
  const progress = uploadProgress(recording);
  const uploading = recording.status === 'recording';
  return (
    <div
      role="status"
      className="space-y-3 rounded-xl border border-dashed border-neutral-300 bg-neutral-50 p-6 text-sm text-neutral-700"
    >
      <p className="flex items-center gap-2 font-medium text-neutral-900">
        <Spinner />
        Preparing your video…
      </p>
      <p>
        {uploading
          ? 'The last parts of your recording are still arriving.'
          : 'It is being processed and will play here in a moment.'}
      </p>
      {progress !== null && progress < 1 ? <Progress value={progress * 100} label="Recording received" /> : null}
    </div>
  );
}

function NotRecorded({ deleted }: { deleted: boolean }) {
  return (
    <div className="flex items-start gap-3 rounded-xl border border-dashed border-neutral-300 bg-neutral-50 p-6 text-sm text-neutral-700">
      <VideoOff aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-neutral-500" />
      {deleted ? (
        <p className="font-medium text-neutral-900">You deleted the recording of this interview.</p>
      ) : (
        <div>
          <p className="font-medium text-neutral-900">This interview was not recorded</p>
          <p>Interviews answered by typing have no recording. Answer by voice or on camera to watch yourself back.</p>
        </div>
      )}
    </div>
  );
}

function Body({ interviewId }: { interviewId: string }) {
  const recording = useInterviewRecording(interviewId);
  const [deleted, setDeleted] = useState(false);
  if (recording.isPending) return <Skeleton className="aspect-video w-full rounded-xl lg:w-3/5" />;
  if (recording.isError)
    return <ErrorAlert>Your recording could not be loaded. Reload the page to try again.</ErrorAlert>;
  const current = recording.data;
  if (!current) return <NotRecorded deleted={deleted} />;
  if (current.status === 'recording' || current.status === 'processing') return <Preparing recording={current} />;
  return (
    <div className="space-y-4">
      {current.status === 'failed' ? (
        <ErrorAlert>Your recording could not be processed{current.error ? `: ${current.error}` : '.'}</ErrorAlert>
      ) : (
        <RecordingPlayer recording={current} />
      )}
      <div className="flex justify-end">
        <DeleteRecordingButton interviewId={interviewId} recordingId={current.id} onDeleted={() => setDeleted(true)} />
      </div>
    </div>
  );
}

/** "Your recording": the video of the interview beside its transcript, or why there is none. */
export function RecordingPlayback({ interviewId }: { interviewId: string }) {
  return (
    <section
      aria-labelledby="recording-heading"
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="recording-heading" className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
        <Film aria-hidden="true" className="size-5 text-indigo-600" />
        Your recording
      </h2>
      <Body interviewId={interviewId} />
    </section>
  );
}
