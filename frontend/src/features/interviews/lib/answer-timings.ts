import type { components } from '@/api/schema';

import type { CaptionTiming } from '@/capabilities/avatar/hooks/use-speech-captions';

export type AnswerTiming = components['schemas']['TimedSpan'];

/** The backend's bounds (evaluation/timings.py): past them the rest is left out, the pace of what came before still stands. */
export const MAX_TIMED_SPANS = 2000;
export const MAX_SPAN_CHARS = 2000;
export const MAX_TIMED_CHARS = 20000;

const seconds = (ms: number) => Math.round(Math.max(0, ms) / 10) / 100;

/**
 * The timings with one more caption phrase, in seconds from the start of the answer (`answerStartedAt`,
 * Date.now() milliseconds); unchanged once the bounds are reached. Starts never go back, whatever the clock does.
 */
export function addCaptionTiming(
  timings: AnswerTiming[],
  text: string,
  timing: CaptionTiming,
  answerStartedAt: number,
): AnswerTiming[] {
  const said = text.trim().slice(0, MAX_SPAN_CHARS);
  const chars = timings.reduce((sum, span) => sum + span.text.length, 0);
  if (!said || timings.length >= MAX_TIMED_SPANS || chars + said.length > MAX_TIMED_CHARS) return timings;
  const previous = timings.at(-1)?.start_s ?? 0;
  const start = Math.max(previous, seconds(timing.startedAt - answerStartedAt));
  const end = Math.max(start, seconds(timing.endedAt - answerStartedAt));
  return [...timings, { text: said, start_s: start, end_s: end }];
}
