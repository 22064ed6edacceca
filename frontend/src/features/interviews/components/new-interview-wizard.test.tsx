import { screen, waitFor, within } from '@testing-library/react';

import { buildJob, buildResume } from '@/testing/factories';
import { buildTemplate } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

function currentStep() {
  const steps = screen.getByRole('navigation', { name: 'Interview setup steps' });
  return steps.querySelector('[aria-current="step"]')?.textContent;
}

function setup() {
  const { account } = signIn();
  const older = db.addResume(account.email, buildResume({ filename: 'ada-2023.pdf' }));
  const newest = db.addResume(account.email, buildResume({ filename: 'ada-2025.pdf', is_default: true }));
  const job = buildJob({
    title: 'Platform Engineer',
    company: 'Northwind',
    location: 'Berlin',
    parsed: { seniority: 'senior' },
  });
  db.addJobs(job, buildJob({ title: 'Data Analyst', company: 'Numbers Inc' }));
  const creates = recordJsonBodies('POST', '/api/interviews');
  return { account, older, newest, job, creates };
}

describe('new interview wizard', () => {
  it('tailors the interview to the chosen resume and catalog job, and sends exactly those choices', async () => {
    const { older, job, creates } = setup();
    const { user } = renderApp('/app/interviews/new');

    // Step 1: the default resume is preselected.
    expect(await screen.findByRole('radio', { name: /ada-2025\.pdf/ })).toBeChecked();
    await waitFor(() => expect(document.title).toBe('New interview · Rehearse'));
    expect(currentStep()).toBe('1Resume');
    await user.click(screen.getByRole('radio', { name: /ada-2023\.pdf/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: focus moves to the new step's heading.
    const jobHeading = screen.getByRole('heading', { name: 'Choose the job' });
    expect(jobHeading).toHaveFocus();
    expect(currentStep()).toBe('2Job');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // "No particular job" is allowed; go back to pick one.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('radio', { name: /A job from the catalogue/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose a job from the search results, or another option.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search jobs'), 'platform');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 job found')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Platform Engineer/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: the role and seniority come from the job.
    expect(screen.getByRole('heading', { name: 'Role and seniority' })).toHaveFocus();
    expect(screen.getByLabelText('Role')).toHaveValue('Platform Engineer');
    expect(screen.getByLabelText('Seniority')).toHaveValue('senior');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 4: set the format.
    await user.clear(screen.getByLabelText('Number of questions'));
    await user.type(screen.getByLabelText('Number of questions'), '4');
    await user.selectOptions(screen.getByLabelText('Time per question'), '2 min');
    await user.click(screen.getByRole('checkbox', { name: /Ask follow-up questions/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 5: review, then create.
    expect(currentStep()).toBe('5Review');
    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Resume').nextSibling).toHaveTextContent('ada-2023.pdf');
    expect(within(review).getByText('Job').nextSibling).toHaveTextContent(/^Platform Engineer · Northwind · Berlin$/);
    expect(within(review).getByText('Questions').nextSibling).toHaveTextContent('4 questions');
    expect(within(review).getByText('Follow-up questions').nextSibling).toHaveTextContent('No');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toHaveFocus();
    expect(creates).toEqual([
      {
        role: 'Platform Engineer',
        question_count: 4,
        seniority: 'senior',
        resume_id: older.id,
        job_id: job.id,
        settings: { time_per_question_s: 120, follow_ups: false },
      },
    ]);
    expect(screen.getByText(/4 questions for/)).toHaveTextContent(/^4 questions for Platform Engineer at Northwind\.$/);
    const [created] = interviewDb.listInterviews();
    expect(screen.getByRole('link', { name: 'Start interview' })).toHaveAttribute(
      'href',
      `/app/interviews/${created!.id}`,
    );
  });

  it('opens at the format for a job from ?job_id=, and the steps it skipped can still be changed', async () => {
    const { job, creates } = setup();
    const template = buildTemplate({ name: 'Platform loop', mix: { behavioral: 1, technical: 2, situational: 1 } });
    interviewDb.addTemplates(template);
    const { user } = renderApp(`/app/interviews/new?job_id=${job.id}`);

    // The job, and the role taken from it, are answered: straight to the format.
    expect(await screen.findByRole('heading', { name: 'Interview format' })).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Interview setup steps' });
    await user.click(within(steps).getByRole('button', { name: /Resume/ }));
    await user.click(await screen.findByRole('radio', { name: /No resume/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('radio', { name: /A job from the catalogue/ })).toBeChecked();
    expect(screen.getAllByRole('radio', { name: /Platform Engineer/ })[0]).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // An edited role is kept.
    await user.clear(screen.getByLabelText('Role'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter the role you are practising for.')).toBeInTheDocument();
    expect(screen.getByLabelText('Role')).toHaveFocus();
    await user.type(screen.getByLabelText('Role'), 'SRE');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('radio', { name: /Use a template/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose a template, or set the format yourself.')).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: /Platform loop/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Resume').nextSibling).toHaveTextContent('No resume');
    expect(within(review).getByText('Template').nextSibling).toHaveTextContent('Platform loop');
    expect(within(review).getByText('Questions').nextSibling).toHaveTextContent('4 questions');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    // Made: every step is done, none is still current.
    expect(currentStep()).toBeUndefined();
    expect(
      within(screen.getByRole('navigation', { name: 'Interview setup steps' })).getAllByText('(done)'),
    ).toHaveLength(5);
    expect(creates).toEqual([
      { role: 'SRE', question_count: 5, seniority: 'senior', job_id: job.id, template_id: template.id },
    ]);
  });

  it('takes a pasted job description, checking its length first', async () => {
    const { creates } = setup();
    const { user } = renderApp('/app/interviews/new');
    await screen.findByRole('radio', { name: /ada-2025\.pdf/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('radio', { name: /Paste a job description/ }));
    await user.type(screen.getByLabelText('Job description text'), 'Too short');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Paste at least 30 characters of the job description.')).toBeInTheDocument();
    expect(screen.getByLabelText('Job description text')).toHaveFocus();

    await user.type(screen.getByLabelText('Job description text'), ' but now it is a long enough posting.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByLabelText('Role'), 'Backend engineer');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    expect(creates).toEqual([
      {
        role: 'Backend engineer',
        question_count: 5,
        resume_id: expect.any(String) as string,
        jd_text: 'Too short but now it is a long enough posting.',
        settings: { time_per_question_s: 180, follow_ups: true },
      },
    ]);
  });
});

describe('a pasted job description', () => {
  it('fills in the role and seniority from the title the server reads, until the person changes them', async () => {
    const { creates } = setup();
    const { user } = renderApp('/app/interviews/new');
    await screen.findByRole('radio', { name: /ada-2025\.pdf/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: /Paste a job description/ }));
    const posting = 'Senior Site Reliability Engineer\nRun our platform on call and automate what hurts.';
    await user.click(screen.getByLabelText('Job description text'));
    await user.paste(posting);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const role = screen.getByLabelText('Role');
    await waitFor(() => expect(role).toHaveValue('Senior Site Reliability Engineer'));
    expect(screen.getByText('Filled in from the pasted job description. Change it if you like.')).toBeInTheDocument();
    expect(screen.getByLabelText('Seniority')).toHaveValue('senior');

    // Going back and on again keeps what the person typed.
    await user.clear(role);
    await user.type(role, 'SRE');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Role')).toHaveValue('SRE');
    expect(screen.getByText('The job title you are interviewing for.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    expect(creates).toEqual([expect.objectContaining({ role: 'SRE', seniority: 'senior', jd_text: posting })]);
  });
});

describe('own questions', () => {
  it('sends the questions written one per line, after checking each one', async () => {
    const { creates } = setup();
    const { user } = renderApp('/app/interviews/new');
    await screen.findByRole('radio', { name: /ada-2025\.pdf/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByLabelText('Role'), 'Frontend engineer');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const own = screen.getByLabelText('Your own questions (optional)');
    await user.type(own, 'How would you make a form accessible?{Enter}{Enter}Why?');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Question 2 must be between 10 and 1000 characters.')).toBeInTheDocument();

    await user.type(own, ' Tell me about yourself.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    expect(creates).toEqual([
      {
        role: 'Frontend engineer',
        question_count: 5,
        resume_id: expect.any(String) as string,
        settings: { time_per_question_s: 180, follow_ups: true },
        custom_questions: [{ text: 'How would you make a form accessible?' }, { text: 'Why? Tell me about yourself.' }],
      },
    ]);
  });
});

describe('practising for a job', () => {
  it('opens the wizard from the job page with that job chosen', async () => {
    const { job } = setup();
    const { user, router } = renderApp(`/app/jobs/${job.id}`);

    await user.click(await screen.findByRole('link', { name: 'Practise for this job' }));

    expect(await screen.findByRole('heading', { name: 'Interview format' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?job_id=${job.id}`);
    const steps = screen.getByRole('navigation', { name: 'Interview setup steps' });
    expect(within(steps).getByRole('button', { name: /^Job/ })).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: /^Role/ }));
    expect(screen.getByLabelText('Role')).toHaveValue('Platform Engineer');
  });
});
