import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { DETAILED_ANSWER } from './interview-answer';

// A candidate plans practice for a real interview date: the schedule appears, the session due
// today shows as a reminder in the header, "Start now" opens the wizard with the plan's job, and
// an interview completed today ticks the session off by itself.

const PASSWORD = 'rehearse-e2e-pass';
const JOB_TEXT = [
  'Backend Engineer (Python)',
  'We are hiring a backend engineer to build our Python and FastAPI services on PostgreSQL.',
  'You will write code every day, design REST APIs, and review pull requests.',
  'Requirements: 3+ years of Python, SQL, Docker; experience with Redis is a plus.',
].join('\n');

function localDay(offset: number) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function signUp(page: Page, api: APIRequestContext) {
  const email = `plan-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await ok(await api.post('/api/auth/register', { data: { email, password: PASSWORD, full_name: 'Pat Planner' } }));
  const tokens = await ok<{ access_token: string }>(
    await api.post('/api/auth/login', { data: { email, password: PASSWORD } }),
  );
  const headers = { Authorization: `Bearer ${tokens.access_token}` };
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app$/);
  return headers;
}

interface InterviewState {
  id: string;
  questions: { id: string; status: string }[];
}

async function finishInterview(api: APIRequestContext, headers: Record<string, string>) {
  const created = await ok<InterviewState>(
    await api.post('/api/interviews', { headers, data: { role: 'Backend engineer', question_count: 1 } }),
  );
  await ok(await api.post(`/api/interviews/${created.id}/start`, { headers }));
  for (let asked = 0; asked < 5; asked += 1) {
    const current = await ok<InterviewState>(await api.get(`/api/interviews/${created.id}`, { headers }));
    const next = current.questions.find((question) => question.status === 'pending' || question.status === 'asked');
    if (!next) break;
    await ok(
      await api.post(`/api/interviews/${created.id}/questions/${next.id}/answer`, {
        headers,
        data: { transcript: DETAILED_ANSWER.slice(0, 2000) },
      }),
    );
  }
  await ok(await api.post(`/api/interviews/${created.id}/complete`, { headers }));
}

test('a candidate plans for an interview date, is reminded and starts a session from the reminder', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const headers = await signUp(page, request);
  const saved = await ok<{ id: string }>(
    await request.post('/api/job-descriptions', { headers, data: { text: JOB_TEXT } }),
  );

  await page
    .getByRole('region', { name: 'Interview plan' })
    .getByRole('link', { name: 'Plan for a real interview' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview plan' })).toBeVisible();
  await page.getByLabel('Interview date').fill(localDay(2));
  await page.getByLabel('Job').selectOption(saved.id);
  await page.getByLabel('Sessions per week').selectOption('3');
  await page.getByRole('button', { name: 'Build my plan' }).click();

  const schedule = page.getByRole('list', { name: 'Practice sessions' });
  await expect(schedule).toBeVisible();
  await expect(schedule.getByRole('listitem').first()).toContainText('Full mock interview');
  await expect(schedule.getByRole('listitem').first()).toContainText('Today');
  await expect(schedule).toContainText('Rest the day before.');
  await expect(page.getByText('0 of 1 sessions done')).toBeVisible();

  const bell = page.getByRole('button', { name: 'Reminders: 1 practice session due' });
  await expect(bell).toBeVisible();
  await bell.click();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders).toContainText('Full mock interview due today');
  await reminders.getByRole('link', { name: /Start now/ }).click();
  await expect(page).toHaveURL(new RegExp(`/app/interviews/new\\?session=full_mock&job_description_id=${saved.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The wizard opens at the format with the plan's job and a full mock interview's length.
  await expect(page.getByLabel('Number of questions')).toHaveValue('8');

  // An interview completed today counts as today's session, without marking it by hand.
  await finishInterview(request, headers);
  await page.goto('/app/plans');
  await expect(page.getByText('Done with an interview in Rehearse')).toBeVisible();
  await expect(page.getByText('1 of 1 sessions done')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reminders: nothing due' })).toBeVisible();

  // The plan and the header with its bell fit a 360 px phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Practice sessions' })).toBeVisible();
  const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.inner);
});
