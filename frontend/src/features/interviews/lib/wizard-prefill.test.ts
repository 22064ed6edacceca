import { describe, expect, it } from 'vitest';

import { FULL_MOCK_QUESTIONS, SHORT_SESSION_QUESTIONS, forSession, fresh, startForJob } from './wizard-prefill';

const job = { id: 'jd-1', title: 'Data engineer', seniority: null };

describe("a practice plan's session in the wizard", () => {
  it('a short focused session asks a few talking questions, with the plan’s job kept', () => {
    const start = forSession(startForJob(job, 'saved'), 'short');
    expect(start.state.format).toMatchObject({
      round: 'talking',
      mode: 'custom',
      questionCount: SHORT_SESSION_QUESTIONS,
    });
    expect(start.state.job.savedJob).toEqual(job);
    expect(start.step).toBe('format');
  });

  it('a full mock interview is longer than a short session', () => {
    const start = forSession(fresh(), 'full_mock');
    expect(start.state.format.questionCount).toBe(FULL_MOCK_QUESTIONS);
    expect(FULL_MOCK_QUESTIONS).toBeGreaterThan(SHORT_SESSION_QUESTIONS);
  });

  it('a coding session opens a coding round', () => {
    expect(forSession(fresh(), 'coding').state.format.round).toBe('coding');
  });

  it('an unknown kind in the address changes nothing', () => {
    const start = fresh();
    expect(forSession(start, 'marathon')).toBe(start);
  });
});
