import { Info, Mic } from 'lucide-react';

import { ErrorAlert } from '@/components/ui/alert';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';

import { isAnalysisBusy, useRecordingAnalytics } from '../api/get-recording-analytics';
import type { DeliveryReport, Recording } from '../api/recording-types';
import { isAudioOnly } from '../lib/recording';
import { DeliveryCards } from './delivery-cards';
import { DeliveryTimeline } from './delivery-timeline';
import { QuestionDeliveryTable, type QuestionLabel } from './question-delivery-table';

function VideoUnavailable({ audioOnly }: { audioOnly: boolean }) {
  return (
    <p className="flex items-start gap-2 rounded-lg bg-neutral-50 p-3 text-sm text-neutral-700">
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-neutral-500" />
      {audioOnly
        ? 'This recording has sound only, so video metrics (face in frame, looking at the camera, smiling) are unavailable.'
        : 'Video metrics (face in frame, looking at the camera, smiling) are unavailable for this recording.'}
    </p>
  );
}

function Report({
  report,
  audioOnly,
  labels,
}: {
  report: DeliveryReport;
  audioOnly: boolean;
  labels: Map<string, QuestionLabel>;
}) {
  return (
    <div className="space-y-6">
      <DeliveryCards cards={report.cards} />
      {report.video.available ? null : <VideoUnavailable audioOnly={audioOnly} />}
      <DeliveryTimeline report={report} />
      {report.per_question.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-neutral-900">By question</h3>
          <QuestionDeliveryTable rows={report.per_question} labels={labels} />
        </div>
      ) : null}
    </div>
  );
}

function Body({
  analytics,
  recording,
  labels,
}: Omit<DeliveryAnalyticsProps, 'interviewId'> & { analytics: ReturnType<typeof useRecordingAnalytics> }) {
  if (analytics.isPending) return <Skeleton className="h-40 w-full" />;
  if (analytics.isError)
    return <ErrorAlert>The delivery analysis could not be loaded. Reload the page to try again.</ErrorAlert>;
  const { status, progress, error, report } = analytics.data;
  if (status === 'failed') return <ErrorAlert>The delivery analysis failed{error ? `: ${error}` : '.'}</ErrorAlert>;
  if (status === 'none')
    return <p className="text-sm text-neutral-600">The analysis starts once your recording is processed.</p>;
  if (isAnalysisBusy(status)) {
    return (
      <div className="space-y-2 text-sm text-neutral-700">
        <p className="flex items-center gap-2">
          <Spinner />
          {status === 'queued' ? 'Waiting to analyse your delivery…' : 'Analysing your delivery…'}
        </p>
        <Progress value={progress * 100} label="Delivery analysis" />
      </div>
    );
  }
  if (!report)
    return <p className="text-sm text-neutral-600">No delivery analytics are available for this recording.</p>;
  return <Report report={report} audioOnly={isAudioOnly(recording)} labels={labels} />;
}

interface DeliveryAnalyticsProps {
  interviewId: string;
  recording: Recording;
  /** Question number and text, by question id. */
  labels: Map<string, QuestionLabel>;
}

/** "How you came across": pace, fillers, pauses, loudness and (with video) eye contact. */
export function DeliveryAnalytics({ interviewId, recording, labels }: DeliveryAnalyticsProps) {
  const analytics = useRecordingAnalytics({ recordingId: recording.id, interviewId });
  const status = analytics.data?.status;
  return (
    <section
      aria-labelledby="delivery-heading"
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="delivery-heading" className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
        <Mic aria-hidden="true" className="size-5 text-indigo-600" />
        How you came across
      </h2>
      {/* Screen readers hear when the analysis starts and when it is done, not every percent. */}
      <p role="status" className="sr-only">
        {isAnalysisBusy(status) ? 'Analysing your delivery.' : status === 'done' ? 'Delivery analysis is ready.' : ''}
      </p>
      <Body analytics={analytics} recording={recording} labels={labels} />
    </section>
  );
}
