import { screen } from '@testing-library/react';

import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { renderApp, signIn } from '@/testing/test-utils';

function openRoom(role: string, seniority: 'senior' | 'lead' | null) {
  const { account } = signIn();
  const questions = buildQuestions(2);
  Object.assign(questions[0]!, { status: 'asked', asked_at: new Date().toISOString() });
  const interview = interviewDb.addInterview(
    account.email,
    buildInterview({ role, seniority, status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  return renderApp(`/app/interviews/${interview.id}`);
}

describe('interview room heading', () => {
  it('does not repeat a level the role already names', async () => {
    openRoom('Senior Backend Engineer (Python)', 'senior');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent(
      /^Senior Backend Engineer \(Python\) interview$/,
    );
  });

  it('names the level when the role does not', async () => {
    openRoom('Backend Engineer', 'lead');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent(
      /^Lead Backend Engineer interview$/,
    );
  });

  it('leaves a role with a different stated level as written', async () => {
    openRoom('Sr. Data Engineer', 'senior');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent(
      /^Sr\. Data Engineer interview$/,
    );
  });
});
