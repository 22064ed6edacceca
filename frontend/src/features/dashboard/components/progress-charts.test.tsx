import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { buildInterview } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

type Progress = components['schemas']['Progress'];

function showProgress(progress: Progress) {
  const { account } = signIn();
  interviewDb.addInterview(account.email, buildInterview({ status: 'scheduled' }));
  server.use(http.get('/api/dashboard/progress', () => HttpResponse.json(progress)));
  renderApp('/app');
}

const point = (overall: number | null, id: string): Progress['points'][number] => ({
  interview_id: id,
  completed_at: '2025-03-12T10:00:00Z',
  role: 'Backend Engineer',
  overall,
  technical: overall,
  communication: overall,
  by_category: {},
});

describe('progress charts', () => {
  it('keeps the weakest skills, the ones to work on, when there are too many to draw', async () => {
    const averages = [91, 85, 78, 72, 66, 60, 55, 48, 41, 30];
    const skills = averages.map((average, index) => ({ skill: `Skill ${index + 1}`, average, points: [] }));
    showProgress({ points: [point(70, 'i-1')], skills });

    const region = await screen.findByRole('region', { name: 'Skills' }, { timeout: 10_000 });
    expect(region).toHaveTextContent('Your 8 weakest skills of 10, the ones to work on');
    const listed = within(within(region).getByRole('list', { name: 'Average score by skill' })).getAllByRole(
      'listitem',
    );
    expect(listed.map((item) => item.textContent)).toEqual([
      'Skill 10: 30',
      'Skill 9: 41',
      'Skill 8: 48',
      'Skill 7: 55',
      'Skill 6: 60',
      'Skill 5: 66',
      'Skill 4: 72',
      'Skill 3: 78',
    ]);
  });

  it('gives each skill a row tall enough for a long name on two lines', async () => {
    const names = ['Site Reliability Engineering', 'Observability', 'Accountability', 'Incident Management'];
    showProgress({
      points: [point(40, 'i-1')],
      skills: names.map((skill, index) => ({ skill, average: 20 + index, points: [] })),
    });

    const region = await screen.findByRole('region', { name: 'Skills' }, { timeout: 10_000 });
    // jsdom draws no chart, so this checks the room it is given: 40 px a skill plus the score axis.
    const chart = region.querySelector<HTMLElement>('[aria-hidden="true"][style]');
    expect(chart?.style.height).toBe(`${names.length * 40 + 32}px`);
  });

  it('says what will appear instead of drawing an empty chart', async () => {
    showProgress({ points: [point(null, 'i-1'), point(null, 'i-2')], skills: [] });

    const progress = await screen.findByRole('region', { name: 'Progress' }, { timeout: 10_000 });
    expect(progress).toHaveTextContent(
      'A line of your scores appears here once the answers in your finished interviews are evaluated.',
    );
    expect(within(progress).queryByRole('table', { name: 'Scores by interview' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Skills' })).toHaveTextContent(
      'Scores by skill appear once your answers about them are evaluated.',
    );
  });
});
