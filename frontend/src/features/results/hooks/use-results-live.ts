import { useQuery, useQueryClient } from '@tanstack/react-query';

import { useInterviewEvents, type InterviewEvent } from '@/lib/interview-events';

import { interviewRecordingsQueryKey, isRecordingBusy, useInterviewRecording } from '../api/get-interview-recordings';
import {
  getRecordingAnalyticsQueryOptions,
  isAnalysisBusy,
  recordingAnalyticsQueryKey,
} from '../api/get-recording-analytics';
import { resultsQueryKey } from '../api/get-results';
import type { AnalysisStatus, RecordingAnalytics } from '../api/recording-types';

const ANALYSIS_STATUSES: readonly string[] = ['none', 'queued', 'running', 'done', 'failed'] satisfies AnalysisStatus[];

/**
 * Keeps the results page current from live events while something on it is still changing
 * (answers being evaluated, the video being processed or analysed): the queries poll only
 * slowly while the socket is open.
 */
export function useResultsLive(interviewId: string, { resultsPending }: { resultsPending: boolean }) {
  const queryClient = useQueryClient();
  const recording = useInterviewRecording(interviewId).data;
  const analytics = useQuery({
    ...getRecordingAnalyticsQueryOptions({ recordingId: recording?.id ?? '', interviewId }),
    enabled: recording?.status === 'ready' || recording?.status === 'processing',
  }).data;
  const analysing = analytics
    ? isAnalysisBusy(analytics.status) || analytics.status === 'none'
    : isAnalysisBusy(recording?.analysis.status);
  const enabled = resultsPending || isRecordingBusy(recording) || analysing;

  function onEvent(event: InterviewEvent) {
    if (event.type === 'answer_evaluated' || event.type === 'interview_completed') {
      void queryClient.invalidateQueries({ queryKey: resultsQueryKey(interviewId) });
    } else if (event.type === 'analysis_progress') {
      const { recording_id: recordingId, status, progress } = event.data;
      if (!ANALYSIS_STATUSES.includes(status)) return;
      const key = recordingAnalyticsQueryKey(recordingId);
      // Progress is shown from the event itself; the report (or the error) comes with a fresh read.
      if (isAnalysisBusy(status as AnalysisStatus)) {
        queryClient.setQueryData<RecordingAnalytics>(key, (old) =>
          old ? { ...old, status: status as AnalysisStatus, progress } : old,
        );
      } else {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      if (recording?.status !== 'ready')
        void queryClient.invalidateQueries({ queryKey: interviewRecordingsQueryKey(interviewId) });
    }
  }

  // Once connected, catch up on what changed before (or while disconnected); the queries'
  // next poll is then the slow, live one.
  function onOpen() {
    void queryClient.invalidateQueries({ queryKey: resultsQueryKey(interviewId) });
    void queryClient.invalidateQueries({ queryKey: interviewRecordingsQueryKey(interviewId) });
    if (recording) void queryClient.invalidateQueries({ queryKey: recordingAnalyticsQueryKey(recording.id) });
  }

  return useInterviewEvents(interviewId, { enabled, onEvent, onOpen });
}
