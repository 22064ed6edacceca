import { useEffect, useRef } from 'react';

import { useInterviewEvents } from '@/lib/interview-events';

const SEND_EVERY_MS = 500;

/**
 * While an answer is being spoken, sends what the captions hear as `transcript_partial`, so
 * anyone watching the interview live (another tab, an admin) follows along. At most twice a
 * second; the latest text always goes out.
 */
export function useCaptionSharing(
  interviewId: string | undefined,
  questionId: string | undefined,
  text: string,
  active: boolean,
) {
  const { send, status } = useInterviewEvents(interviewId, {
    onEvent: () => undefined,
    enabled: active && Boolean(interviewId),
  });
  const lastSentAt = useRef(0);
  const lastText = useRef('');

  useEffect(() => {
    if (status !== 'open' || !questionId || !text || text === lastText.current) return;
    const wait = Math.max(0, lastSentAt.current + SEND_EVERY_MS - Date.now());
    const timer = setTimeout(() => {
      send({ type: 'transcript_partial', question_id: questionId, text: text.slice(-2000) });
      lastSentAt.current = Date.now();
      lastText.current = text;
    }, wait);
    return () => clearTimeout(timer);
  }, [send, status, questionId, text]);
}
