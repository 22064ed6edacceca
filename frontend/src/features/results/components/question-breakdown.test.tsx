import { screen, within } from '@testing-library/react';

import {
  buildAbstainedEvaluation,
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

const ANSWER =
  'In my last role our deploys failed weekly. I wrote a checklist and automated the database migrations in CI. Failed deploys dropped to one a quarter.';

/** A finished interview of one answered question per evaluation given. */
function seedEvaluated(owner: string, evaluations: AnswerEvaluation[], transcript = ANSWER) {
  const questions = buildQuestions(evaluations.length);
  const interview = interviewDb.addInterview(
    owner,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  evaluations.forEach((evaluation, index) => {
    interviewDb.answer(interview, interview.questions[index]!, { transcript, source: 'typed' });
    interviewDb.setEvaluation(questions[index]!.id, evaluation);
  });
  interviewDb.complete(interview);
  return { interview, questions };
}

beforeEach(() => server.use(...recordingHandlers()));

describe('question breakdown', () => {
  it('says an answer too short to judge was not scored, and why, without a grade', async () => {
    const { account } = signIn();
    const { interview, questions } = seedEvaluated(
      account.email,
      [buildAbstainedEvaluation('too_short')],
      'Yes, I did.',
    );
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    const trigger = await screen.findByRole('button', {
      name: `Question 1: ${questions[0]!.text} (not enough to score)`,
    });
    expect(trigger).toHaveTextContent('Not enough to score');
    expect(trigger).not.toHaveTextContent(/Grade|\/100/);
    await user.click(trigger);

    expect(screen.getByRole('heading', { name: 'Not enough to score' }).nextSibling).toHaveTextContent(
      'The answer was too short to judge — aim for a few sentences that answer the question.',
    );
    expect(screen.getByRole('heading', { name: 'Key points to cover' }).nextSibling).toHaveTextContent(
      'Gives a concrete example',
    );
    expect(screen.queryByText('Relevance')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'How this score was made' })).not.toBeInTheDocument();
    // Nothing in the interview could be scored: the summary says so instead of a number.
    expect(
      screen.getByText('Not enough to score: the answers were too short or unclear to judge.'),
    ).toBeInTheDocument();
  });

  it('keeps an unscored answer out of the overall score', async () => {
    const { account } = signIn();
    const { interview } = seedEvaluated(account.email, [
      buildEvaluation(ANSWER, { score: 80 }),
      buildAbstainedEvaluation('unintelligible'),
    ]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    expect(await screen.findByRole('heading', { name: 'Overall score' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Overall score' }).nextSibling).toHaveTextContent('80/ 100');
    await user.click(screen.getByRole('button', { name: /^Question 2: .* \(not enough to score\)$/ }));
    expect(screen.getByText(/The answer could not be understood/)).toBeInTheDocument();
  });

  it('shows how a score was made: the parts with their weights, the rubric and the quoted evidence', async () => {
    const { account } = signIn();
    const working = buildWorking({
      rubric: 'introduction',
      framework: 'narrative',
      components: [
        { name: 'relevance', value: 72, weight: 0.3 },
        { name: 'depth', value: 68, weight: 0.35 },
        { name: 'structure', value: 70, weight: 0.15 },
        { name: 'communication', value: 80, weight: 0.2 },
      ],
      evidence: [
        { label: 'Names the problem', text: 'our deploys failed weekly' },
        { label: 'result', text: 'Failed deploys dropped to one a quarter.' },
      ],
    });
    const { interview, questions } = seedEvaluated(account.email, [
      buildEvaluation(ANSWER, { score: 72, grade: 'B', working }),
    ]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(
      await screen.findByRole('button', { name: `Question 1: ${questions[0]!.text} (grade B, 72 out of 100)` }),
    );
    const disclosure = screen.getByRole('button', { name: 'How this score was made' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Judged as an introduction.')).not.toBeInTheDocument();
    // A good score needs no excuse.
    expect(screen.queryByText(/This score is low/)).not.toBeInTheDocument();

    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Judged as an introduction.')).toBeInTheDocument();
    const parts = within(screen.getByLabelText('Parts of the score (value × weight)'));
    expect(parts.getByText('Relevance').nextSibling).toHaveTextContent('72 × 30%');
    expect(parts.getByText('Depth').nextSibling).toHaveTextContent('68 × 35%');
    expect(parts.getByText('Communication').nextSibling).toHaveTextContent('80 × 20%');
    const behindRelevance = within(screen.getByLabelText('Behind relevance (value × weight)'));
    expect(behindRelevance.getByText('Closeness in meaning').nextSibling).toHaveTextContent('62% × 50%');
    const quotes = within(
      screen.getByRole('heading', { name: 'Quoted from your answer' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toHaveTextContent('Key point: Names the problem');
    expect(within(quotes[0]!).getByText('our deploys failed weekly').tagName).toBe('Q');
    expect(quotes[1]).toHaveTextContent('Structure: Result');
    expect(within(quotes[1]!).getByText('Failed deploys dropped to one a quarter.').tagName).toBe('Q');
    expect(screen.queryByText(/limited depth, structure and communication/)).not.toBeInTheDocument();
  });

  it('explains a low score in one sentence, naming the weakest part and the relevance gate', async () => {
    const { account } = signIn();
    const working = buildWorking({
      components: [
        { name: 'relevance', value: 30, weight: 0.3 },
        { name: 'depth', value: 40, weight: 0.35 },
        { name: 'structure', value: 50, weight: 0.15 },
        { name: 'communication', value: 60, weight: 0.2 },
      ],
      gate: 0.25,
    });
    const evaluation = buildEvaluation(ANSWER, {
      score: 17,
      grade: 'F',
      relevance: 30,
      depth: 40,
      structure: 50,
      communication: 60,
      working,
    });
    const { interview } = seedEvaluated(account.email, [evaluation]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade F, 17 out of 100\)$/ }));
    expect(
      screen.getByText(
        'This score is low mainly because relevance was 30 out of 100 (30% of the score), which also cut the other parts to 25% of their weight.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'How this score was made' }));
    expect(
      screen.getByText('Relevance of 30 limited depth, structure and communication to 25% of their weight.'),
    ).toBeInTheDocument();
  });

  it('names the part that cost the most when relevance is not the problem', async () => {
    const { account } = signIn();
    const working = buildWorking({
      components: [
        { name: 'relevance', value: 70, weight: 0.3 },
        { name: 'depth', value: 20, weight: 0.35 },
        { name: 'structure', value: 40, weight: 0.15 },
        { name: 'communication', value: 50, weight: 0.2 },
      ],
    });
    const { interview } = seedEvaluated(account.email, [buildEvaluation(ANSWER, { score: 44, grade: 'D', working })]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade D, 44 out of 100\)$/ }));
    expect(
      screen.getByText('This score is low mainly because depth was 20 out of 100 (35% of the score).'),
    ).toBeInTheDocument();
  });

  it('says a technical answer lost most for disagreeing with the model answer', async () => {
    const { account } = signIn();
    const working = buildWorking({
      components: [
        { name: 'relevance', value: 80, weight: 0.15 },
        { name: 'accuracy', value: 10, weight: 0.4 },
        { name: 'depth', value: 40, weight: 0.25 },
        { name: 'structure', value: 50, weight: 0.05 },
        { name: 'communication', value: 70, weight: 0.15 },
      ],
    });
    const { interview } = seedEvaluated(account.email, [buildEvaluation(ANSWER, { score: 36, grade: 'F', working })]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade F, 36 out of 100\)$/ }));
    expect(
      screen.getByText(
        'This score is low mainly because agreement with the model answer was 10 out of 100 (40% of the score).',
      ),
    ).toBeInTheDocument();
  });

  it('explains a low score from a hosted model, which sends no working, by its weakest sub-score', async () => {
    const { account } = signIn();
    const evaluation = buildEvaluation(ANSWER, {
      score: 41,
      grade: 'D',
      relevance: 60,
      depth: 20,
      structure: 45,
      communication: 55,
      evaluator: 'gemini',
    });
    const { interview } = seedEvaluated(account.email, [evaluation]);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade D, 41 out of 100\)$/ }));
    expect(screen.getByText('This score is low mainly because depth was 20 out of 100.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'How this score was made' })).not.toBeInTheDocument();
  });
});
