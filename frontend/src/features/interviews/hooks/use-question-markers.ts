import { useCallback, useEffect, useRef } from 'react';
import { toast } from 'sonner';

import { useAddMarker } from '@/capabilities/recordings/api/add-marker';
import type { Marker } from '@/capabilities/recordings/api/get-recording';

interface QuestionMarkersOptions {
  recordingId: string | null;
  /** Media seconds since the recording began. */
  currentS: () => number;
  /** The question on screen. */
  questionId: string | null;
  /** Markers the server already has: a reload does not move an open question's start. */
  known: Marker[];
}

/**
 * Where each answer lies in the recording: a start when a question is shown (or re-recorded),
 * an end when its answer is submitted or it is skipped. The server upserts per question.
 */
export function useQuestionMarkers({ recordingId, currentS, questionId, known }: QuestionMarkersOptions) {
  const { mutate } = useAddMarker();
  const starts = useRef(new Map<string, number>());
  const lastStarted = useRef<string | null>(null);

  const send = useCallback(
    (questionId: string, startedAtS: number, endedAtS: number | null) => {
      if (!recordingId) return;
      mutate(
        { recordingId, questionId, startedAtS, endedAtS },
        {
          onError: () =>
            toast.error('Could not mark this answer in your recording; it is still being recorded.', {
              id: 'recording-marker',
            }),
        },
      );
    },
    [recordingId, mutate],
  );

  const start = useCallback(
    (questionId: string) => {
      const at = currentS();
      starts.current.set(questionId, at);
      send(questionId, at, null);
    },
    [currentS, send],
  );

  const end = useCallback(
    (questionId: string) => {
      const at = currentS();
      send(questionId, Math.min(at, starts.current.get(questionId) ?? at), at);
    },
    [currentS, send],
  );

  useEffect(() => {
    if (!recordingId || !questionId) return;
    const key = `${recordingId}:${questionId}`;
    if (lastStarted.current === key) return; // Once per question shown (StrictMode runs effects twice).
    lastStarted.current = key;
    const open = known.find((marker) => marker.question_id === questionId && marker.ended_at_s === null);
    if (open) starts.current.set(questionId, open.started_at_s);
    else start(questionId);
  }, [recordingId, questionId, known, start]);

  return { start, end };
}
