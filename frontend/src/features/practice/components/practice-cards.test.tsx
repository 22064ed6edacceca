import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { authenticate, errorResponse } from '@/testing/http';
import { interviewDb, toInterviewRead } from '@/testing/interview-db';
import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

type Weaknesses = components['schemas']['Weaknesses'];

/** The first render of a page loads its route and the dashboard's charts: slow on a busy machine. */
const SLOW = { timeout: 10_000 };

const ANSWER = 'I took ownership of the outage, found the bad migration and rolled it back within ten minutes.';

function seedFinished(owner: string, mode: 'standard' | 'drill' = 'standard') {
  const finished = interviewDb.addInterview(
    owner,
    buildInterview({ role: 'Platform Engineer', mode, status: 'in_progress', questions: buildQuestions(2) }),
  );
  interviewDb.answer(finished, finished.questions[0]!, { transcript: ANSWER, source: 'typed' });
  interviewDb.answer(finished, finished.questions[1]!, { transcript: ANSWER, source: 'typed' });
  interviewDb.complete(finished);
  return finished;
}

function occurrence(day: number, score: number) {
  return {
    interview_id: `interview-${day}`,
    completed_at: `2026-11-0${day}T10:00:00Z`,
    question_id: `question-${day}`,
    question: `Tell me about a time you disagreed (day ${day})`,
    score,
    weak: score < 55,
  };
}

const WEAK: Weaknesses = {
  interviews_considered: 4,
  recurring: [
    {
      kind: 'dimension',
      key: 'structure',
      label: 'Answer structure (STAR for stories, clear reasoning for technical)',
      weak_count: 3,
      seen_count: 4,
      recurring: true,
      average: 46,
      latest_score: 35,
      last_practised_at: '2026-11-04T10:00:00Z',
      trend: 'worse',
      history: [occurrence(1, 50), occurrence(2, 40), occurrence(3, 60), occurrence(4, 35)],
    },
  ],
  suggestion: {
    kind: 'dimension',
    key: 'structure',
    label: 'Answer structure (STAR for stories, clear reasoning for technical)',
    reason:
      'Answer structure (STAR for stories, clear reasoning for technical) was weak in 3 of your last 4 interviews that tested it.',
    last_practised_at: '2026-11-04T10:00:00Z',
    suggested_at: '2026-11-05T10:00:00Z',
    due: true,
    rule: 'Practise a weak spot again a day after it went badly, and three days after it went well.',
  },
};

/** POST /api/drills as the server answers it: a scheduled drill of `question_count` questions. */
function drillHandler(owner: string) {
  return http.post('/api/drills', async ({ request }) => {
    const { response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as components['schemas']['DrillCreate'];
    const drill = interviewDb.addInterview(
      owner,
      buildInterview({ mode: 'drill', questions: buildQuestions(body.question_count) }),
    );
    return HttpResponse.json(toInterviewRead(drill), { status: 201 });
  });
}

describe('practice cards', () => {
  it('suggest the weakest spot, group what recurs with its history, and start a drill', async () => {
    const { account } = signIn();
    seedFinished(account.email);
    server.use(
      http.get('/api/dashboard/weaknesses', () => HttpResponse.json(WEAK)),
      drillHandler(account.email),
    );
    const drills = recordJsonBodies('POST', '/api/drills');
    const { user, router } = renderApp('/app');

    const next = await screen.findByRole('region', { name: 'Practise next' }, SLOW);
    expect(next).toHaveTextContent('was weak in 3 of your last 4 interviews that tested it.');
    // The weak spot is named once, in bold at the start of the reason.
    expect(within(next).getAllByText(/Answer structure/)).toHaveLength(1);
    expect(within(next).getByText(WEAK.suggestion!.label, { selector: 'strong' })).toBeInTheDocument();
    expect(next).toHaveTextContent('When: now');

    const recurring = screen.getByRole('region', { name: 'Recurring weaknesses' });
    const entries = within(within(recurring).getByRole('list', { name: 'Recurring weaknesses' })).getAllByRole(
      'listitem',
      { name: '' },
    );
    expect(entries[0]).toHaveTextContent('Weak in 3 of 4');
    expect(entries[0]).toHaveTextContent('Getting worse');
    const history = within(recurring).getByText('History (4 interviews)');
    expect(within(recurring).getByText('Tell me about a time you disagreed (day 4)')).not.toBeVisible();
    await user.click(history);
    expect(within(recurring).getByText('Tell me about a time you disagreed (day 4)')).toBeVisible();
    expect(within(recurring).getByText('35 / 100 (weak)')).toBeVisible();

    await user.click(within(next).getByRole('button', { name: 'Start drill' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/app\/interviews\/[^/]+$/));
    expect(drills).toEqual([{ question_count: 3, interview_id: null }]);
  });

  it('say what will appear before anything is evaluated', async () => {
    const { account } = signIn();
    seedFinished(account.email);
    renderApp('/app');

    const next = await screen.findByRole('region', { name: 'Practise next' }, SLOW);
    expect(next).toHaveTextContent(
      'After your first evaluated interview, the weak spot to practise next, and when, appears here.',
    );
    expect(within(next).queryByRole('button', { name: 'Start drill' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Recurring weaknesses' })).toHaveTextContent(
      'Once your answers are evaluated, weak spots that come up in more than one interview appear here',
    );
  });

  it('show the server’s explanation once when a drill cannot start', async () => {
    const { account } = signIn();
    seedFinished(account.email);
    server.use(
      http.get('/api/dashboard/weaknesses', () => HttpResponse.json(WEAK)),
      http.post('/api/drills', () =>
        errorResponse(409, 'no_evaluated_interviews', 'A drill practises the weak spots your results found.'),
      ),
    );
    const { user } = renderApp('/app');

    await user.click(await screen.findByRole('button', { name: 'Start drill' }, SLOW));
    expect(await screen.findByRole('alert')).toHaveTextContent('A drill practises the weak spots your results found.');
    expect(screen.getAllByText('A drill practises the weak spots your results found.')).toHaveLength(1);
  });

  it('drill the weaknesses of one interview from its results', async () => {
    const { account } = signIn();
    const finished = seedFinished(account.email);
    server.use(drillHandler(account.email));
    const drills = recordJsonBodies('POST', '/api/drills');
    const { user, router } = renderApp(`/app/interviews/${finished.id}/results`);

    const weaknesses = await screen.findByRole('region', { name: 'Weaknesses' }, SLOW);
    await user.click(within(weaknesses).getByRole('button', { name: 'Drill these' }));
    await waitFor(() => expect(router.state.location.pathname).not.toContain('/results'));
    expect(drills).toEqual([{ question_count: 3, interview_id: finished.id }]);
  });

  it('mark a finished drill as a drill on its results', async () => {
    const { account } = signIn();
    const drill = seedFinished(account.email, 'drill');
    renderApp(`/app/interviews/${drill.id}/results`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results: Platform Engineer Drill' }, SLOW),
    ).toBeInTheDocument();
  });
});
