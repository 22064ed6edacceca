import { highlightEvidence } from './highlight';

const ANSWER = 'We shipped late.  I split the work into weekly milestones, and we shipped the next release on time.';

describe('highlightEvidence', () => {
  it('marks each quote where it is in the answer, naming its key point', () => {
    const segments = highlightEvidence(ANSWER, [
      { point: 'Takes action', evidence: 'I split the work into weekly milestones' },
    ]);

    expect(segments).toEqual([
      { text: 'We shipped late.  ', points: [] },
      { text: 'I split the work into weekly milestones', points: ['Takes action'] },
      { text: ', and we shipped the next release on time.', points: [] },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(ANSWER);
  });

  it('finds a quote that differs in case and spacing, and each part of a quote shortened with an ellipsis', () => {
    const segments = highlightEvidence(ANSWER, [
      { point: 'Names the problem', evidence: 'we SHIPPED late. I split' },
      { point: 'Result', evidence: '“we shipped the next … on time”' },
    ]);

    expect(segments.filter((segment) => segment.points.length > 0)).toEqual([
      { text: 'We shipped late.  I split', points: ['Names the problem'] },
      { text: 'we shipped the next', points: ['Result'] },
      { text: 'on time', points: ['Result'] },
    ]);
  });

  it('lets overlapping quotes share the overlap, and ignores quotes that are not in the answer', () => {
    const segments = highlightEvidence('one two three four', [
      { point: 'A', evidence: 'one two three' },
      { point: 'B', evidence: 'two three four' },
      { point: 'C', evidence: 'five six' },
    ]);

    expect(segments).toEqual([
      { text: 'one ', points: ['A'] },
      { text: 'two three', points: ['A', 'B'] },
      { text: ' four', points: ['B'] },
    ]);
  });
});
