import { screen, within } from '@testing-library/react';

import { buildEvaluation, buildInterview, buildQuestions, buildWorking } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

import { recordingHandlers } from '../testing/recording-fixtures';

const ANSWER =
  'In my last role our deploys failed weekly. I wrote a checklist and automated the database migrations in CI. Failed deploys dropped to one a quarter.';

beforeEach(() => server.use(...recordingHandlers()));

describe('score working of an answer graded by a language model', () => {
  it('shows the ratings averaged, their spread, the quote behind each rating and a dropped one', async () => {
    const { account } = signIn();
    const working = buildWorking({
      relevance_parts: [],
      components: [
        { name: 'relevance', value: 100, weight: 0.3 },
        { name: 'depth', value: 0, weight: 0.35 },
        { name: 'structure', value: 75, weight: 0.15 },
        { name: 'communication', value: 83.3, weight: 0.2 },
      ],
      evidence: [
        { label: 'Names the problem', text: 'our deploys failed weekly' },
        { label: 'relevance', text: 'In my last role our deploys failed weekly.' },
      ],
      dropped: ['depth'],
      samples: { scores: [56, 58, 61], spread: 2.7 },
    });
    const questions = buildQuestions(1);
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
    );
    interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
    interviewDb.setEvaluation(
      questions[0]!.id,
      buildEvaluation(ANSWER, { score: 58, grade: 'C', evaluator: 'gemini', working }),
    );
    interviewDb.complete(interview);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade C, 58 out of 100\)$/ }));
    await user.click(screen.getByRole('button', { name: 'How this score was made' }));

    expect(
      screen.getByText(
        'Averaged over 3 separate ratings by the AI evaluator (56, 58, 61): they differ by up to ±3 points.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Depth counted 0: the AI evaluator's quote for it is not in your answer."),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Parts of the score (value × weight)')).getByText('Communication').nextSibling,
    ).toHaveTextContent('83 × 20%');
    expect(screen.queryByLabelText('Behind relevance (value × weight)')).not.toBeInTheDocument();
    const quotes = within(
      screen.getByRole('heading', { name: 'Quoted from your answer' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(quotes.map((quote) => quote.firstChild?.textContent)).toEqual([
      'Key point: Names the problem',
      'Why this relevance rating',
    ]);
  });

  it('says nothing of samples when a single rating was made', async () => {
    const { account } = signIn();
    const working = buildWorking({ samples: { scores: [72], spread: 0 } });
    const questions = buildQuestions(1);
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
    );
    interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
    interviewDb.setEvaluation(questions[0]!.id, buildEvaluation(ANSWER, { working }));
    interviewDb.complete(interview);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade B, 72 out of 100\)$/ }));
    await user.click(screen.getByRole('button', { name: 'How this score was made' }));

    expect(screen.getByText('Judged against the key points written for this question.')).toBeInTheDocument();
    expect(screen.queryByText(/Averaged over/)).not.toBeInTheDocument();
  });

  it('names the elaboration part of a story answer and how the story was judged', async () => {
    const { account } = signIn();
    const working = buildWorking({
      rubric: 'story',
      framework: 'STAR',
      components: [
        { name: 'relevance', value: 80, weight: 0.2 },
        { name: 'depth', value: 60, weight: 0.1 },
        { name: 'structure', value: 70, weight: 0.05 },
        { name: 'communication', value: 90, weight: 0.15 },
        { name: 'elaboration', value: 64, weight: 0.4 },
        { name: 'team focus', value: 100, weight: 0.03 },
        { name: 'outlook', value: 50, weight: 0.07 },
      ],
      evidence: [{ label: 'outlook', text: 'Two of them were lazy and I hated it.' }],
    });
    const questions = buildQuestions(1);
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
    );
    interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
    interviewDb.setEvaluation(questions[0]!.id, buildEvaluation(ANSWER, { score: 72, working }));
    interviewDb.complete(interview);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: /^Question 1: .* \(grade B, 72 out of 100\)$/ }));
    await user.click(screen.getByRole('button', { name: 'How this score was made' }));

    expect(screen.getByText('Judged as a story about something you did.')).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Parts of the score (value × weight)')).getByText(
        'Elaboration (how much you said, in your own words)',
      ).nextSibling,
    ).toHaveTextContent('64 × 40%');
    const parts = within(screen.getByLabelText('Parts of the score (value × weight)'));
    expect(parts.getByText('Team focus (“we” beside “I”)').nextSibling).toHaveTextContent('100 × 3%');
    expect(parts.getByText('Outlook (few negative words or negations)').nextSibling).toHaveTextContent('50 × 7%');
    expect(screen.getByText('Outlook: a negative word or negation')).toBeInTheDocument();
    expect(screen.getByText('Two of them were lazy and I hated it.')).toBeInTheDocument();
  });
});
