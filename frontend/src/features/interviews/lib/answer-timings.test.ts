import { addCaptionTiming, MAX_TIMED_CHARS, MAX_TIMED_SPANS, type AnswerTiming } from './answer-timings';

const START = 50_000;

describe('addCaptionTiming', () => {
  it('times each phrase in seconds from the start of the answer', () => {
    let timings: AnswerTiming[] = [];
    timings = addCaptionTiming(
      timings,
      ' I led the migration ',
      { startedAt: START + 1_234, endedAt: START + 3_005 },
      START,
    );
    timings = addCaptionTiming(timings, 'to Postgres', { startedAt: START + 6_000, endedAt: START + 7_500 }, START);
    expect(timings).toEqual([
      { text: 'I led the migration', start_s: 1.23, end_s: 3.01 },
      { text: 'to Postgres', start_s: 6, end_s: 7.5 },
    ]);
  });

  it('never goes back in time, whatever the clock says', () => {
    const first = addCaptionTiming([], 'first', { startedAt: START + 4_000, endedAt: START + 5_000 }, START);
    const timings = addCaptionTiming(first, 'second', { startedAt: START + 2_000, endedAt: START + 1_000 }, START);
    expect(timings[1]).toEqual({ text: 'second', start_s: 4, end_s: 4 });
    expect(addCaptionTiming([], 'early', { startedAt: START - 500, endedAt: START + 200 }, START)).toEqual([
      { text: 'early', start_s: 0, end_s: 0.2 },
    ]);
  });

  it('keeps to the bounds the server accepts', () => {
    const timing = { startedAt: START, endedAt: START + 100 };
    expect(addCaptionTiming([], '   ', timing, START)).toEqual([]);
    const full = Array.from({ length: MAX_TIMED_SPANS }, (_, i) => ({ text: 'w', start_s: i, end_s: i }));
    expect(addCaptionTiming(full, 'one more', timing, START)).toBe(full);
    const long = [{ text: 'x'.repeat(MAX_TIMED_CHARS - 3), start_s: 0, end_s: 1 }];
    expect(addCaptionTiming(long, 'four', timing, START)).toBe(long);
  });
});
