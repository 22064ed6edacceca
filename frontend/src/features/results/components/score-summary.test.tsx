import { screen, within } from '@testing-library/react';
import { ws } from 'msw';

import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

import { recordingHandlers } from '../testing/recording-fixtures';

const ANSWER =
  'I wrote a checklist and automated the database migrations in CI, so failed deploys dropped to one a quarter.';

beforeEach(() => {
  server.use(...recordingHandlers());
  // No live events: the page polls.
  server.use(
    ws
      .link('ws://localhost:3000/api/ws/interviews/*')
      .addEventListener('connection', ({ client }) => client.close(4404, 'Interview not found.')),
  );
});

describe('score summary', () => {
  it('says where the score bars will appear while there is nothing to draw', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions: buildQuestions(1) }),
    );
    interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
    interviewDb.complete(interview);
    interviewDb.holdEvaluations(interview);
    renderApp(`/app/interviews/${interview.id}/results`);

    expect(await screen.findByText('Evaluating answers…', undefined, { timeout: 10_000 })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Overall score' });
    expect(summary).toHaveTextContent(
      'A bar for each of these scores appears here as soon as your answers are evaluated.',
    );
    expect(within(summary).getByLabelText('Sub-scores')).toHaveTextContent(
      'Technical—Not availableCommunication—Not availableJob match—Not available',
    );
  });
});
