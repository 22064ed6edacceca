import type { CodeSnapshot } from '../api/get-code-timeline';
import { activeEntryIndex, alignedTime, placeSnapshots, secondsInto } from './code-timeline';

function snapshot(seq: number, takenAt: string, event: CodeSnapshot['event'] = 'edit'): CodeSnapshot {
  return { seq, taken_at: takenAt, elapsed_s: seq * 10, language: 'python', event, code: `v${seq}` };
}

const SCREEN = { created_at: '2026-12-03T10:00:00Z' };
const CAMERA = { created_at: '2026-12-03T09:58:30Z' };

describe('code timeline', () => {
  it('places each saved version on the recording clock, in the order saved', () => {
    const entries = placeSnapshots(
      [snapshot(2, '2026-12-03T10:01:05.500Z', 'run'), snapshot(1, '2026-12-03T10:00:12Z')],
      SCREEN,
    );
    expect(entries.map((entry) => [entry.snapshot.seq, entry.atS])).toEqual([
      [1, 12],
      [2, 65.5],
    ]);
    expect(secondsInto(SCREEN, '2026-12-03T09:59:58Z')).toBe(-2);
  });

  it('without a recording, keeps the seconds since the question was asked', () => {
    expect(placeSnapshots([snapshot(3, '2026-12-03T10:01:05Z')], null)[0]!.atS).toBe(30);
  });

  it('shows the last version saved by the moment played, none before the first', () => {
    const entries = placeSnapshots([snapshot(1, '2026-12-03T10:00:12Z'), snapshot(2, '2026-12-03T10:01:05Z')], SCREEN);
    expect(activeEntryIndex(entries, 0)).toBe(-1);
    expect(activeEntryIndex(entries, 11.9)).toBe(-1);
    expect(activeEntryIndex(entries, 12)).toBe(0);
    expect(activeEntryIndex(entries, 64)).toBe(0);
    expect(activeEntryIndex(entries, 65)).toBe(1);
    expect(activeEntryIndex(entries, 600)).toBe(1);
  });

  it('finds the same moment in the camera video, which began earlier', () => {
    expect(alignedTime(SCREEN, 12, CAMERA)).toBe(102);
    expect(alignedTime(CAMERA, 30, SCREEN)).toBe(0);
  });
});
