import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';

import { DETAILED_ANSWER } from './interview-answer';
import { register } from './support/accounts';

const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';
const resumeFile = fileURLToPath(new URL('../../backend/tests/fixtures/resumes/backend_engineer.pdf', import.meta.url));

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Answers whatever question is on screen until the wrap-up; follow-ups may be added on the way. */
async function answerEveryQuestion(page: Page) {
  const wrapUp = page.getByRole('heading', { name: 'That was the last question' });
  // The question on screen (a follow-up keeps the number of the question it follows, so the text tells them apart).
  const question = page.getByRole('region', { name: 'Current question' }).getByRole('heading');
  for (let asked = 0; asked < 12; asked += 1) {
    if (await wrapUp.isVisible()) return asked;
    const text = (await question.textContent()) ?? '';
    await page.getByLabel('Your answer', { exact: true }).fill(DETAILED_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    // The next question (or the wrap-up) replaces this one.
    await expect(page.getByRole('heading', { name: text, exact: true })).toHaveCount(0);
  }
  throw new Error('The interview never reached its wrap-up.');
}

test('a candidate practises for a catalog job with their resume, reads the evaluated results and sees them on the dashboard', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await register(page, 'Casey Candidate');

  // A resume to tailor the questions to.
  await nav(page, 'Resumes').click();
  await page.getByLabel('Resume file').setInputFiles(resumeFile);
  await expect(page.getByText('backend_engineer.pdf is uploaded and analysed.').first()).toBeVisible({
    timeout: 30_000,
  });

  // The wizard: resume → job → role → format → review.
  await nav(page, 'Interviews').click();
  await expect(page.getByText('No interviews yet')).toBeVisible();
  await page.getByRole('link', { name: 'New interview' }).first().click();
  await expect(page).toHaveTitle('New interview · Rehearse');
  await expect(page.getByRole('radio', { name: /backend_engineer\.pdf/ })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Choose the job' })).toBeFocused();
  await page.getByRole('radio', { name: /A job from the catalogue/ }).check();
  await page.getByLabel('Search jobs').fill('backend');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText(/^\d+ jobs? found$/)).toBeVisible();
  const firstJob = page.getByRole('group', { name: 'Jobs' }).getByRole('radio').first();
  await firstJob.check();
  await page.getByRole('button', { name: 'Next' }).click();

  // The role comes from the job; the candidate writes it their own way, in sentence case, and
  // every page shows it so, with the level beside it ("Senior Backend engineer" mixed the two).
  const roleInput = page.getByRole('textbox', { name: 'Role' });
  await expect(roleInput).not.toHaveValue('');
  const role = 'Backend engineer';
  await roleInput.fill(role);
  await page.getByRole('combobox', { name: 'Seniority' }).selectOption('senior');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Next' }).click();
  const review = page.getByRole('region', { name: 'Review and create' });
  await expect(review).toContainText('backend_engineer.pdf');
  await expect(review).toContainText('3 questions');
  await page.getByRole('button', { name: 'Create interview' }).click();

  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Start interview' }).click();

  // The room: instructions, then one question at a time against the clock.
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  const roomHeading = page.getByRole('heading', { name: `${role} interview`, level: 1, exact: true });
  await expect(roomHeading.locator('xpath=following-sibling::p[1]')).toHaveText(/^Senior( · For .+)?$/);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText('Question 1 of 3').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: `${role} interview`, level: 1, exact: true })).toBeVisible();
  await expect(page.getByRole('timer')).toContainText(/\d+:\d\d left/);
  const answered = await answerEveryQuestion(page);
  expect(answered).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Finish interview' }).click();

  // Results: answers are evaluated in the background; the page polls until they are.
  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+\/results$/);
  const resultsHeading = page.getByRole('heading', { name: `Results: ${role}`, level: 1 });
  await expect(resultsHeading).toBeVisible();
  await expect(resultsHeading.locator('xpath=following-sibling::p[1]')).toContainText(/^Senior · /);
  await expect(page.getByText('Evaluating answers…')).toHaveCount(0, { timeout: 90_000 });
  await expect(page.getByRole('heading', { name: 'Overall score' }).locator('..')).toContainText(/\d+\s*\/ 100/);
  await expect(page.getByLabel('Sub-scores')).toContainText('Communication');
  await expect(page.getByRole('region', { name: 'Strengths' })).toBeVisible();

  const questions = page.getByRole('button', { name: /^Question \d+: .*\(grade [A-F], \d+ out of 100\)$/ });
  await expect(questions).toHaveCount(answered);
  for (let index = 0; index < answered; index += 1) await questions.nth(index).click();
  const evidence = page.locator('mark');
  await expect(evidence.first()).toBeVisible();
  await expect(evidence.first()).toHaveAttribute('title', /^Key point: .+/);
  expect(DETAILED_ANSWER).toContain((await evidence.first().textContent()) ?? '∅');

  // The dashboard counts it and links back to the results.
  await nav(page, 'Dashboard').click();
  const stats = page.getByRole('region', { name: 'Your practice in numbers' });
  await expect(stats.getByText('Interviews completed').locator('..')).toContainText('1');
  const history = page.getByRole('table', { name: 'History' });
  const row = history.getByRole('row').filter({ hasText: role });
  await expect(row.getByRole('cell').first()).toContainText(/^Backend engineer · Senior/);
  await expect(row).toContainText('Completed');
  await expect(row).toContainText(/\d+ \/ 100/);
  await row.getByRole('link', { name: /^View results/ }).click();
  await expect(page.getByRole('heading', { name: `Results: ${role}`, level: 1 })).toBeVisible();
});

test('an admin adds a question to the bank and finds it by searching', async ({ page }) => {
  const marker = `zebracorn${Date.now().toString(36)}`;
  const text = `How would you design a rate limiter for the ${marker} public API?`;

  await page.goto('/login');
  await page.getByLabel('Email').fill(adminEmail);
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();

  // On a laptop every link of the row is in sight, none scrolled away behind the user's name.
  for (const name of ['Settings', 'Admin']) await expect(nav(page, name)).toBeInViewport({ ratio: 1 });
  await nav(page, 'Admin').click();
  await expect(page).toHaveURL(/\/app\/admin\/questions$/);
  await expect(page.getByRole('heading', { name: 'Question bank', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ questions?$/)).toBeVisible();

  await page.getByRole('button', { name: 'New question' }).click();
  const dialog = page.getByRole('dialog', { name: 'New question' });
  await dialog.getByLabel('Question', { exact: true }).fill(text);
  await dialog.getByLabel('Category').selectOption('technical');
  await dialog.getByLabel('Skills').fill('API Design, Redis');
  await dialog
    .getByLabel('Key point 1', { exact: true })
    .fill('Chooses an algorithm such as token bucket or sliding window');
  await dialog.getByRole('button', { name: 'Add key point' }).click();
  await dialog.getByLabel('Key point 2', { exact: true }).fill('Keeps the counters in a shared store such as Redis');
  await dialog.getByLabel('Model answer').fill('A token bucket per client, kept in Redis with an atomic script.');
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText(`Added “${text}”.`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Search questions').fill(marker);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
  await expect(page.getByText('1 question', { exact: true })).toBeVisible();
  const row = page.getByRole('table', { name: 'Questions' }).getByRole('row').filter({ hasText: marker });
  await expect(row).toContainText(text);
  await expect(row).toContainText('Technical');
  await expect(row).toContainText('Active');

  // The coding problems the rounds draw from have their own admin page.
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Coding problems' }).click();
  await expect(page.getByRole('heading', { name: 'Coding problems', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ problems$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Problems' }).getByRole('row').nth(1)).toContainText('Active');
});

test('a pasted job description fills in the role from its title, and the interview is made for it', async ({
  page,
}) => {
  await register(page, 'Pat Paster');
  await page.goto('/app/interviews/new');
  await page.getByRole('radio', { name: /No resume/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /Paste a job description/ }).check();
  await page
    .getByLabel('Job description text')
    .fill(
      'Senior Data Engineer\n\nYou will build batch and streaming pipelines.\n\nRequirements:\n- 5+ years of Python and SQL\n- Experience with Apache Spark and Airflow',
    );
  await page.getByRole('button', { name: 'Next' }).click();

  const role = page.getByRole('textbox', { name: 'Role' });
  await expect(role).toHaveValue(/Data Engineer/);
  await expect(page.getByText('Filled in from the pasted job description. Change it if you like.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Seniority' })).toHaveValue('senior');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('region', { name: 'Review and create' })).toContainText('Data Engineer');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
});
