import { act, screen, waitFor, within } from '@testing-library/react';

import { buildJob, buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { renderApp, signIn } from '@/testing/test-utils';

function seedCatalog() {
  for (let n = 1; n <= 12; n += 1) {
    db.addJobs(buildJob({ title: `Backend Engineer ${n}`, company: `Company ${n}` }));
  }
  db.addJobs(
    buildJob({
      title: 'Frontend Developer',
      company: 'Pixel GmbH',
      location: 'London',
      remote: true,
      job_type: 'contract',
      salary_min: 60_000,
      salary_max: 70_000,
      currency: 'GBP',
      description: 'Build our design system in React.',
      parsed: { seniority: 'mid', required_skills: ['TypeScript', 'React'], nice_to_have_skills: [] },
    }),
    buildJob({
      title: 'Data Analyst Intern',
      company: 'Numbers Inc',
      location: 'Paris',
      job_type: 'internship',
      salary_min: null,
      salary_max: null,
      description: 'Learn SQL with our analytics team.',
      parsed: { seniority: 'intern', required_skills: ['SQL'], nice_to_have_skills: [] },
    }),
  );
}

function cards() {
  return screen.queryAllByRole('article');
}

describe('job search', () => {
  it('says remote once when the location says it already', async () => {
    signIn();
    db.addJobs(buildJob({ title: 'Platform Engineer', location: 'Remote (US)', remote: true }));
    renderApp('/app/jobs');

    const card = (await screen.findAllByRole('article'))[0]!;
    expect(card).toHaveTextContent('Location: Remote (US)Type');
    expect(card).not.toHaveTextContent('Remote (US) · Remote');
  });

  it('searches and filters from the form, keeping the search in the URL', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume({ is_default: true }));
    seedCatalog();
    const { user, router } = renderApp('/app/jobs');

    expect(await screen.findByText('14 jobs found')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Jobs · Rehearse'));

    await user.type(screen.getByLabelText('Keywords'), 'frontend');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('1 job found')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=frontend');
    const card = cards()[0]!;
    expect(within(card).getByRole('link', { name: 'Frontend Developer' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Pixel GmbH');
    expect(card).toHaveTextContent('Location: London · Remote');
    expect(card).toHaveTextContent('Type: Contract');
    expect(card).toHaveTextContent('Salary: £60,000 – £70,000');
    expect(card).toHaveTextContent('Seniority: Mid-level');
    expect(
      within(within(card).getByRole('list', { name: 'Required skills for Frontend Developer' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['TypeScript', 'React']);
    // The default resume has neither TypeScript nor React.
    expect(await within(card).findByText('0% match')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('14 jobs found')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Keywords')).toHaveValue('');
    expect(screen.getByLabelText('Keywords')).toHaveFocus();

    // A job type applies as soon as it is chosen.
    await user.selectOptions(screen.getByLabelText('Job type'), 'Internship');
    expect(await screen.findByText('1 job found')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?job_type=internship');
    expect(cards()[0]).toHaveTextContent('Data Analyst Intern');
    expect(cards()[0]).not.toHaveTextContent('Salary');
  });

  it('combines the filters', async () => {
    signIn();
    seedCatalog();
    const { user, router } = renderApp('/app/jobs');
    expect(await screen.findByText('14 jobs found')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Location'), 'berlin');
    await user.type(screen.getByLabelText('Skills'), 'Python, Kubernetes');
    await user.type(screen.getByLabelText('Minimum salary'), '100000');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('12 jobs found')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search)).toEqual(
      new URLSearchParams({ location: 'berlin', skills: 'Python, Kubernetes', salary_min: '100000' }),
    );
    // Going back shows the previous search in the form.
    await act(() => router.navigate(-1));
    expect(await screen.findByText('14 jobs found')).toBeInTheDocument();
    expect(screen.getByLabelText('Location')).toHaveValue('');

    await act(() => router.navigate(1));
    expect(await screen.findByText('12 jobs found')).toBeInTheDocument();
    expect(screen.getByLabelText('Location')).toHaveValue('berlin');
    expect(screen.getByLabelText('Minimum salary')).toHaveValue(100000);
  });

  it('pages through the results', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume({ is_default: true }));
    seedCatalog();
    const { user, router } = renderApp('/app/jobs?q=backend');

    expect(await screen.findByText('12 jobs found')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(cards()).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    // Each job is matched against the default resume: Python and PostgreSQL of three required skills.
    await waitFor(() => expect(screen.getAllByText('67% match')).toHaveLength(10));

    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(router.state.location.search).toBe('?q=backend&page=2');
    expect(cards()[0]).toHaveTextContent('Backend Engineer 11');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Page 1 of 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=backend');
  });

  it('points to Resumes when there is no default resume', async () => {
    signIn();
    seedCatalog();
    renderApp('/app/jobs');

    expect(await screen.findByText('14 jobs found')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Upload a resume and make it your default' })).toHaveAttribute(
      'href',
      '/app/resumes',
    );
    expect(screen.queryByText(/% match/)).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    signIn();
    seedCatalog();
    renderApp('/app/jobs?q=astronaut');

    expect(await screen.findByText('No jobs match this search')).toBeInTheDocument();
    expect(screen.getByText('0 jobs found')).toBeInTheDocument();
    expect(screen.getByLabelText('Keywords')).toHaveValue('astronaut');
  });
});
