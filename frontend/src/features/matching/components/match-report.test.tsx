import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildJob, buildMatch, buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

function chipsIn(groupName: string) {
  const group = screen.getByRole('region', { name: new RegExp(`^${groupName} \\(`) });
  return within(within(group).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('match report on a job', () => {
  it('shows the score, the skills by kind and the experience fit', async () => {
    const { account } = signIn();
    const resume = db.addResume(account.email, buildResume({ filename: 'ada-cv.pdf' }));
    const job = buildJob({ title: 'Platform Engineer', company: 'Acme Corp' });
    db.addJobs(job);
    server.use(http.post('/api/match', () => HttpResponse.json(buildMatch())));
    const matches = recordJsonBodies('POST', '/api/match');

    renderApp(`/app/jobs/${job.id}`);

    expect(await screen.findByRole('heading', { name: 'Platform Engineer', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Platform Engineer at Acme Corp · Rehearse'));
    expect(await screen.findByRole('img', { name: 'Match score: 82 out of 100' })).toBeInTheDocument();
    // The ring shows the score; no second "82% match" line repeats it.
    expect(screen.getAllByText(/82/)).toHaveLength(1);
    // One landmark for the match: a screen reader's list of regions names each part once.
    expect(screen.getAllByRole('region', { name: 'Your match' })).toHaveLength(1);
    expect(chipsIn('Matched skills')).toEqual(['Python', 'PostgreSQL']);
    expect(chipsIn('Partial matches')).toEqual(['Kubernetes via Docker']);
    expect(chipsIn('Missing required skills')).toEqual(['Terraform']);
    expect(chipsIn('Missing nice-to-have skills')).toEqual(['Go']);
    expect(chipsIn('Your other skills')).toEqual(['FastAPI']);
    const fit = screen.getByRole('region', { name: 'Experience fit' });
    expect(fit).toHaveTextContent('You7.5 years (Senior)');
    expect(fit).toHaveTextContent('The job asks for5+ years (Senior)');
    expect(fit).toHaveTextContent('Meets the requirement');
    expect(screen.getByRole('link', { name: 'ada-cv.pdf' })).toHaveAttribute('href', `/app/resumes/${resume.id}`);
    expect(matches).toEqual([{ resume_id: resume.id, job_id: job.id }]);

    // The description keeps its line breaks, and the parsed requirements are listed.
    const description = screen.getByRole('region', { name: 'Description' });
    const text = description.querySelector('p');
    expect(text?.textContent).toContain('We are looking for a backend engineer.\nYou will build APIs');
    expect(text).toHaveClass('whitespace-pre-line');
    const requirements = screen.getByRole('region', { name: 'Requirements' });
    expect(
      within(requirements.querySelector('ul')!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Python', 'PostgreSQL', 'Kubernetes']);
    expect(requirements).toHaveTextContent('5+ years');
  });

  it('shows each part of the score with its share and its reason', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume());
    const job = buildJob();
    db.addJobs(job);
    const match = buildMatch();
    match.parts = [
      ...(match.parts ?? []).slice(0, 3),
      {
        name: 'experience',
        score: 40,
        weight: 0,
        reason: 'You have 2 years of experience; the role asks for 5+.',
      },
    ];
    server.use(http.post('/api/match', () => HttpResponse.json(match)));

    renderApp(`/app/jobs/${job.id}`);

    const why = await screen.findByRole('region', { name: 'Why this score' });
    const parts = within(why).getAllByRole('listitem');
    expect(parts.map((part) => part.getAttribute('aria-label'))).toEqual([
      'Skills',
      'Role and titles',
      'Experience described',
      'Years and level',
    ]);
    const role = within(why).getByRole('listitem', { name: 'Role and titles' });
    expect(role).toHaveTextContent('100/100 · 20% of the score');
    expect(role).toHaveTextContent('Your title “Backend Engineer” reads as Software Developers');
    expect(within(role).getByRole('progressbar', { name: 'Role and titles: 100 out of 100' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    const semantic = within(why).getByRole('listitem', { name: 'Experience described' });
    expect(semantic).toHaveTextContent('85/100 · 50% of the score');
    const years = within(why).getByRole('listitem', { name: 'Years and level' });
    expect(years).toHaveTextContent('40/100 · Not counted here');
    expect(years).toHaveTextContent('You have 2 years of experience; the role asks for 5+.');
  });

  it('says each part’s sentence once, under its part, not again in the headline', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume());
    const job = buildJob();
    db.addJobs(job);
    server.use(http.post('/api/match', () => HttpResponse.json(buildMatch())));

    renderApp(`/app/jobs/${job.id}`);

    await screen.findByRole('region', { name: 'Why this score' });
    const match = screen.getByRole('region', { name: 'Your match' });
    const times = (text: string) => match.textContent.split(text).length - 1;
    expect(times('You match 2 of 3 required skills')).toBe(1);
    expect(times('You have 7.5 years of experience')).toBe(1);
    expect(within(match).getByRole('listitem', { name: 'Skills' })).toHaveTextContent(
      'You match 2 of 3 required skills; your experience shows Python.',
    );
    expect(within(match).getByRole('listitem', { name: 'Years and level' })).toHaveTextContent(
      'You have 7.5 years of experience, meeting the 5+ the role asks for.',
    );
  });

  it('shows the summary sentence instead of parts for a match saved before scores had parts', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume());
    const job = buildJob();
    db.addJobs(job);
    server.use(http.post('/api/match', () => HttpResponse.json(buildMatch({ parts: undefined }))));

    renderApp(`/app/jobs/${job.id}`);

    expect(await screen.findByRole('img', { name: 'Match score: 82 out of 100' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Why this score' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'You match 2 of 3 required skills. Missing: Terraform. You have 7.5 years of experience, meeting the 5+ the role asks for.',
      ),
    ).toBeInTheDocument();
  });

  it('hides empty skill groups and explains an unknown experience fit', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume());
    const job = buildJob();
    db.addJobs(job);
    server.use(
      http.post('/api/match', () =>
        HttpResponse.json(
          buildMatch({
            score: 35,
            matched_skills: [],
            partial_matches: [],
            missing_nice_to_have: [],
            extra_skills: [],
            missing_required: ['Rust', 'Kafka'],
            experience_fit: {
              ...buildMatch().experience_fit,
              required_years: null,
              job_seniority: null,
              verdict: 'unknown',
            },
          }),
        ),
      ),
    );

    renderApp(`/app/jobs/${job.id}`);

    expect(await screen.findByRole('img', { name: 'Match score: 35 out of 100' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Matched skills/ })).not.toBeInTheDocument();
    expect(chipsIn('Missing required skills')).toEqual(['Rust', 'Kafka']);
    const fit = screen.getByRole('region', { name: 'Experience fit' });
    expect(fit).toHaveTextContent('Not stated');
    expect(fit).toHaveTextContent('Not enough information');
  });

  it('asks for a default resume when there is none', async () => {
    signIn();
    const job = buildJob();
    db.addJobs(job);

    renderApp(`/app/jobs/${job.id}`);

    expect(await screen.findByRole('link', { name: 'Upload a resume and make it your default' })).toHaveAttribute(
      'href',
      '/app/resumes',
    );
    expect(screen.queryByRole('img', { name: /^Match score/ })).not.toBeInTheDocument();
  });

  it('says when the job does not exist', async () => {
    signIn();
    renderApp('/app/jobs/00000000-0000-4000-8000-000000000000');

    expect(await screen.findByRole('heading', { name: 'Job not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All jobs' })).toHaveAttribute('href', '/app/jobs');
  });
});
