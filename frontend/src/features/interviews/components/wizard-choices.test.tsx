import { screen, within } from '@testing-library/react';

import { buildParsedJob } from '@/testing/factories';
import { buildTemplate } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { db } from '@/testing/mock-db';
import { renderApp, signIn } from '@/testing/test-utils';

async function toFormatStep(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('radio', { name: /No resume/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.type(screen.getByLabelText('Role'), 'Backend Engineer');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByRole('heading', { name: 'Interview format' })).toBeInTheDocument();
}

describe('new interview wizard choices', () => {
  it('offers no templates when there are none, and says so', async () => {
    signIn();
    const { user } = renderApp('/app/interviews/new');
    await toFormatStep(user);

    expect(screen.queryByRole('radio', { name: /Use a template/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No ready-made formats have been set up yet/)).toBeInTheDocument();
    expect(screen.getByLabelText('Number of questions')).toBeInTheDocument();
  });

  it('offers templates once an admin has made one', async () => {
    signIn();
    interviewDb.addTemplates(buildTemplate({ name: 'Platform loop' }));
    const { user } = renderApp('/app/interviews/new');
    await toFormatStep(user);

    await user.click(screen.getByRole('radio', { name: /Use a template/ }));
    expect(await screen.findByRole('radio', { name: /Platform loop/ })).toBeInTheDocument();
    expect(screen.queryByText(/No ready-made formats/)).not.toBeInTheDocument();
  });

  it('does not take "Untitled job description" for the role', async () => {
    const { account } = signIn();
    db.addJobDescription(account.email, {
      id: 'd0000000-0000-4000-8000-000000000009',
      title: null,
      text: 'We need someone who knows finite element analysis and Abaqus well.',
      parsed: buildParsedJob({ title: null, seniority: 'mid' }),
      created_at: new Date().toISOString(),
    });
    const { user } = renderApp('/app/interviews/new');
    await user.click(await screen.findByRole('radio', { name: /No resume/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: /A saved job description/ }));
    await user.click(await screen.findByRole('radio', { name: /Untitled job description/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByLabelText('Role')).toHaveValue('');
    expect(screen.queryByText(/Untitled job description/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Role'), 'FEA Engineer');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Job').nextSibling).toHaveTextContent('Untitled job description');
    expect(within(review).getByText('Role').nextSibling).toHaveTextContent('FEA Engineer');
  });
});
