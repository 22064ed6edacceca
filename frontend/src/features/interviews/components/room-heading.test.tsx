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
    expect(screen.queryByText('Senior')).not.toBeInTheDocument();
  });

  it('keeps the role as typed and names the level beside it, not in front of it', async () => {
    openRoom('Backend engineer', 'senior');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent(
      /^Backend engineer interview$/,
    );
    expect(screen.getByText('Senior')).toBeInTheDocument();
    expect(screen.queryByText(/Senior Backend engineer/i)).not.toBeInTheDocument();
  });

  it('leaves a role with a different stated level as written', async () => {
    openRoom('Sr. Data Engineer', 'senior');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent(
      /^Sr\. Data Engineer interview$/,
    );
    expect(screen.queryByText('Senior')).not.toBeInTheDocument();
  });
});

describe('a job titled like its role', () => {
  it('is not repeated beside the role before or during the interview', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'Senior Backend Engineer', job_title: 'Senior Backend Engineer', seniority: null }),
    );
    const { user } = renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByText(/3 questions for/, {}, { timeout: 10_000 })).toHaveTextContent(
      /^3 questions for Senior Backend Engineer, about 3 min each\.$/,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Senior Backend Engineer interview$/);
    expect(screen.queryByText('For Senior Backend Engineer')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Senior Backend Engineer interview$/);
    expect(screen.queryByText('For Senior Backend Engineer')).not.toBeInTheDocument();
  });

  it('is still shown when it says more than the role', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'SRE', job_title: 'Site Reliability Engineer', seniority: null }),
    );
    renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByText(/3 questions for/, {}, { timeout: 10_000 })).toHaveTextContent(
      /^3 questions for SRE \(Site Reliability Engineer\), about 3 min each\.$/,
    );
    expect(screen.getByText('For Site Reliability Engineer')).toBeInTheDocument();
  });

  it('names only the company when the job is the role at a company', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({
        role: 'Backend Engineer (Go)',
        job_title: 'Backend Engineer (Go) at Parcelpoint',
        seniority: null,
      }),
    );
    renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByText(/3 questions for/, {}, { timeout: 10_000 })).toHaveTextContent(
      /^3 questions for Backend Engineer \(Go\) at Parcelpoint, about 3 min each\.$/,
    );
    expect(screen.getByText('At Parcelpoint')).toBeInTheDocument();
    expect(screen.queryByText(/For Backend Engineer/)).not.toBeInTheDocument();
  });
});
