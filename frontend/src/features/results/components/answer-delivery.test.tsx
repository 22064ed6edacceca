import { screen, within } from '@testing-library/react';

import type { components } from '@/api/schema';
import {
  buildEvaluation,
  buildInterview,
  buildQuestions,
  buildWorking,
  type AnswerEvaluation,
} from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

import { recordingHandlers } from '../testing/recording-fixtures';

type DeliveryWorking = components['schemas']['DeliveryWorking'];

const ANSWER =
  'I would use a rolling update with readiness probes, and roll back with kubectl rollout undo if errors rise.';

/** As the backend's evaluation/delivery_working.py writes it for a spoken answer with timings. */
const SPOKEN: DeliveryWorking = {
  basis: 'spoken',
  note: 'Spoken answer: communication is judged on the delivery (230 words a minute, 3 long pauses, 1.3 fillers a minute) as well as the words.',
  deductions: [
    { name: 'fillers', points: 5.2 },
    { name: 'pace', points: 30 },
    { name: 'pauses', points: 12 },
  ],
  filler_count: 1,
  hedge_count: 0,
  words_per_minute: 230,
  good_pace_min_wpm: 110,
  good_pace_max_wpm: 170,
  answer_s: 45.5,
  long_pause_s: 2,
  long_pauses: 3,
  longest_pause_s: 4.2,
  fillers_per_minute: 1.3,
  pauses: [
    { start_s: 11.5, duration_s: 4.2, before: 'I wrote a checklist', after: 'and automated the migrations' },
    { start_s: 1.5, duration_s: 3.5, before: 'our deploys', after: 'failed weekly' },
  ],
};

const WRITTEN: DeliveryWorking = {
  basis: 'written',
  note: 'Typed answer: communication is judged on the writing only (fillers, hedges, length, sentence length and repetition), not on pace or pauses.',
  deductions: [{ name: 'fillers', points: 0 }],
  filler_count: 0,
  hedge_count: 0,
};

function seedEvaluated(owner: string, evaluation: AnswerEvaluation, source: 'typed' | 'browser_stt') {
  const questions = buildQuestions(1);
  const interview = interviewDb.addInterview(
    owner,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source });
  interviewDb.setEvaluation(questions[0]!.id, evaluation);
  interviewDb.complete(interview);
  return interview;
}

beforeEach(() => server.use(...recordingHandlers()));

describe('delivery of an answer on the results page', () => {
  it('shows the pace, the long pauses with the words around them, and fillers for a spoken answer', async () => {
    const { account } = signIn();
    const evaluation = buildEvaluation(ANSWER, {
      score: 61,
      grade: 'C',
      communication: 48,
      working: buildWorking({ delivery: SPOKEN }),
    });
    const interview = seedEvaluated(account.email, evaluation, 'browser_stt');
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade C, 61 out of 100\)$/ }));
    expect(screen.getByRole('heading', { name: 'How you spoke' })).toBeInTheDocument();
    const figures = within(screen.getByLabelText('Delivery figures'));
    expect(figures.getByText('Pace').nextSibling).toHaveTextContent(
      '230 words a minute, too fast(110–170 is comfortable)',
    );
    expect(figures.getByText('Long pauses (2 s or more)').nextSibling).toHaveTextContent('3, the longest 4.2 s');
    expect(figures.getByText('Fillers').nextSibling).toHaveTextContent('1.3 a minute');
    const pauses = within(
      screen.getByRole('heading', { name: 'Where you paused longest' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(pauses).toHaveLength(2);
    expect(pauses[0]).toHaveTextContent('4.2 s after …I wrote a checklist, before and automated the migrations…');
    expect(within(pauses[0]!).getByText('…I wrote a checklist').tagName).toBe('Q');
  });

  it('says a typed answer was judged on its writing, with nothing about pace or pauses', async () => {
    const { account } = signIn();
    const evaluation = buildEvaluation(ANSWER, { score: 72, grade: 'B', working: buildWorking({ delivery: WRITTEN }) });
    const interview = seedEvaluated(account.email, evaluation, 'typed');
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade B, 72 out of 100\)$/ }));
    expect(screen.getByRole('heading', { name: 'Communication' }).nextSibling).toHaveTextContent(WRITTEN.note);
    expect(screen.queryByRole('heading', { name: 'How you spoke' })).not.toBeInTheDocument();
    expect(screen.queryByText(/words a minute/)).not.toBeInTheDocument();
    expect(screen.queryByText(/paused/)).not.toBeInTheDocument();
  });
});
