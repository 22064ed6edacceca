import type { components } from '@/api/schema';

import type { CaptionTiming } from '@/capabilities/avatar/hooks/use-speech-captions';

export type TimedSpan = components['schemas']['TimedSpan'];

/** The backend's bounds (evaluation/timings.py): past them the rest is left out. */
const MAX_SPANS = 2000;
const MAX_CHARS = 20000;
const seconds = (ms: number) => Math.round(Math.max(0, ms) / 10) / 100;

/** The spans with one more caption phrase, in seconds from the take's start; starts never go back. */
export function withCaption(
  spans: TimedSpan[],
  text: string,
  timing: CaptionTiming,
  takeStartedAt: number,
): TimedSpan[] {
  const said = text.trim().slice(0, MAX_CHARS);
  const chars = spans.reduce((sum, span) => sum + span.text.length, 0);
  if (!said || spans.length >= MAX_SPANS || chars + said.length > MAX_CHARS) return spans;
  const start = Math.max(spans.at(-1)?.start_s ?? 0, seconds(timing.startedAt - takeStartedAt));
  const end = Math.max(start, seconds(timing.endedAt - takeStartedAt));
  return [...spans, { text: said, start_s: start, end_s: end }];
}
