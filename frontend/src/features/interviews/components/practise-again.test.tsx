import { screen, within } from '@testing-library/react';

import { buildJob, buildResume } from '@/testing/factories';
import { buildInterview, buildInterviewQuestion, buildTemplate } from '@/testing/interview-factories';
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
  db.addResume(account.email, buildResume({ filename: 'ada-2025.pdf', is_default: true }));
  const job = buildJob({
    title: 'Platform Engineer',
    company: 'Northwind',
    location: 'Berlin',
    parsed: { seniority: 'senior' },
  });
  db.addJobs(job);
  const creates = recordJsonBodies('POST', '/api/interviews');
  return { account, older, job, creates };
}

/** The wizard at `path`; the first visit in the file waits for its lazy modules to load. */
async function openWizard(path: string) {
  const view = renderApp(path);
  await screen.findByRole('navigation', { name: 'Interview setup steps' }, { timeout: 15_000 });
  return view;
}

describe('practise again', () => {
  it('opens at the review with the job, role and format of the earlier interview, and creates the same again', async () => {
    const { account, older, job, creates } = setup();
    const questions = [
      buildInterviewQuestion({ source: 'custom', text: 'How would you make a form accessible?' }),
      buildInterviewQuestion({ source: 'bank' }),
      buildInterviewQuestion({ source: 'follow_up' }),
      buildInterviewQuestion({ source: 'bank' }),
    ];
    const earlier = interviewDb.addInterview(
      account.email,
      buildInterview({
        role: 'SRE',
        seniority: 'senior',
        resume_id: older.id,
        job_id: job.id,
        job_title: job.title,
        settings: { time_per_question_s: 120, follow_ups: false },
        questions,
      }),
    );
    const { user } = await openWizard(`/app/interviews/new?from=${earlier.id}`);

    const review = await screen.findByRole('region', { name: 'Review and create' });
    expect(currentStep()).toBe('5Review');
    expect(within(review).getByText('Resume').nextSibling).toHaveTextContent('ada-2023.pdf');
    expect(within(review).getByText('Job').nextSibling).toHaveTextContent('Platform Engineer');
    expect(within(review).getByText('Role').nextSibling).toHaveTextContent('SRE');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    expect(creates).toEqual([
      {
        role: 'SRE',
        question_count: 3,
        seniority: 'senior',
        resume_id: older.id,
        job_id: job.id,
        settings: { time_per_question_s: 120, follow_ups: false },
        custom_questions: [{ text: 'How would you make a form accessible?' }],
      },
    ]);
  });

  it('keeps the template of the earlier interview', async () => {
    const { account, creates } = setup();
    const template = buildTemplate({ name: 'Platform loop', mix: { behavioral: 1, technical: 2, situational: 1 } });
    interviewDb.addTemplates(template);
    const earlier = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'SRE', seniority: null, template_id: template.id }),
    );
    const { user } = await openWizard(`/app/interviews/new?from=${earlier.id}`);

    const review = await screen.findByRole('region', { name: 'Review and create' });
    expect(await within(review).findByText('Platform loop')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create interview' }));
    await screen.findByRole('heading', { name: 'Your interview is ready' });
    expect(creates).toEqual([{ role: 'SRE', question_count: 5, template_id: template.id }]);
  });

  it('asks for a pasted job description again, which is not kept', async () => {
    const { account } = setup();
    const earlier = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'SRE', job_title: 'Site Reliability Engineer' }),
    );
    await openWizard(`/app/interviews/new?from=${earlier.id}`);

    expect(await screen.findByRole('heading', { name: 'Choose the job' })).toBeInTheDocument();
    expect(screen.getByText(/The job description you pasted last time is not kept/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Paste a job description/ })).toBeChecked();
  });
});

describe('practising for a saved job description', () => {
  it('opens at the format with the description chosen and its title as the role', async () => {
    const { account } = signIn();
    db.addJobDescription(account.email, {
      id: 'd0000000-0000-4000-8000-000000000001',
      title: 'Data Engineer',
      text: 'We need a data engineer.\n- Spark',
      parsed: {
        title: null,
        seniority: null,
        required_skills: ['Spark'],
        nice_to_have_skills: [],
        years_required: null,
        responsibilities: [],
      },
      created_at: '2025-03-10T10:00:00Z',
    });
    const { user, router } = renderApp('/app/job-descriptions');

    await user.click(
      await screen.findByRole('link', { name: 'Practise for this job: Data Engineer' }, { timeout: 15_000 }),
    );

    expect(await screen.findByRole('heading', { name: 'Interview format' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?job_description_id=d0000000-0000-4000-8000-000000000001');
    const steps = screen.getByRole('navigation', { name: 'Interview setup steps' });
    await user.click(within(steps).getByRole('button', { name: /^Job/ }));
    expect(screen.getByRole('radio', { name: /A saved job description/ })).toBeChecked();
    expect(await screen.findByRole('radio', { name: /Data Engineer/ })).toBeChecked();
  });
});
