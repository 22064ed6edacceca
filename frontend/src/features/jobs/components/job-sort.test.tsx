import { screen, within } from '@testing-library/react';

import { buildJob, buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { renderApp, signIn } from '@/testing/test-utils';

function titles() {
  return screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
}

// Listed oldest first; the default resume has Python, FastAPI, PostgreSQL and Docker.
function seedCatalog() {
  db.addJobs(
    buildJob({
      title: 'Java Developer',
      description: 'Spring services.',
      posted_at: '2025-01-01T09:00:00Z',
      parsed: { required_skills: ['Java', 'Spring'] },
    }),
    buildJob({
      title: 'Data Engineer',
      description: 'Pipelines.',
      posted_at: '2025-02-01T09:00:00Z',
      parsed: { required_skills: ['Python', 'Spark'] },
    }),
    buildJob({
      title: 'Python Backend Engineer',
      description: 'APIs.',
      posted_at: '2025-01-15T09:00:00Z',
      parsed: { required_skills: ['Python', 'PostgreSQL'] },
    }),
  );
}

describe('job catalog order', () => {
  it('puts the best matches for my resume first, and sorts otherwise on request', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume({ is_default: true }));
    seedCatalog();
    const { user, router } = renderApp('/app/jobs');

    expect(await screen.findByText('3 jobs found', undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Sort by')).toHaveDisplayValue('Best match for my resume');
    expect(titles()).toEqual(['Python Backend Engineer', 'Data Engineer', 'Java Developer']);
    const first = screen.getAllByRole('article')[0]!;
    expect(await within(first).findByText('100% match')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Newest');
    expect(router.state.location.search).toBe('?sort=newest');
    expect(await screen.findByRole('heading', { name: 'Data Engineer' })).toBeInTheDocument();
    await screen.findByText('3 jobs found');
    expect(titles()).toEqual(['Data Engineer', 'Python Backend Engineer', 'Java Developer']);

    // A new search keeps the chosen order.
    await user.type(screen.getByLabelText('Keywords'), 'engineer');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('2 jobs found')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=engineer&sort=newest');
    expect(titles()).toEqual(['Data Engineer', 'Python Backend Engineer']);

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Best match for my resume');
    expect(router.state.location.search).toBe('?q=engineer');
  });

  it('offers no match order without a resume', async () => {
    signIn();
    seedCatalog();
    renderApp('/app/jobs');

    expect(await screen.findByText('3 jobs found', undefined, { timeout: 10_000 })).toBeInTheDocument();
    const sort = screen.getByLabelText('Sort by');
    expect(sort).toHaveDisplayValue('Most relevant');
    expect(
      within(sort)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Most relevant', 'Newest']);
  });
});
