import { expect, test, type Locator, type Page } from '@playwright/test';

import { DETAILED_ANSWER } from './interview-answer';
import { E2E_PASSWORD, signIn } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { visit } from './support/pages';
import { finishInterview, seedCandidate, signUpThroughApi, type SeededCandidate } from './support/seed';
import { createInterviewThroughWizard } from './support/wizard';

// Every page a person uses passes axe's WCAG 2.1 A and AA rules with nothing serious or critical,
// the core flows work from the keyboard alone, and a form's errors reach a screen reader once.

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8000';
const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';

/** Scored, but thin: it covers few of any question's key points, so its skills come back as weak. */
const THIN_ANSWER =
  'I think it depends on the situation. Usually I try to do a good job and I work with the team, and things generally turn out fine in the end for everyone involved in the project.';

let seeded: SeededCandidate;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000);
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  seeded = await seedCandidate(api, { prefix: 'e2e-a11y', fullName: 'Alex Access' });
  await api.dispose();
});

async function audit(page: Page, path: string) {
  await visit(page, path);
  await expectNoSeriousViolations(page, path);
}

/** The focused element, or the card that labels it, draws an outline or a ring (Tailwind's box-shadow). */
async function expectFocusVisible(page: Page) {
  const shown = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    return [focused, focused.closest('label')].some((element) => {
      if (!element) return false;
      const style = getComputedStyle(element);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    });
  });
  expect(shown, 'the focused element shows where the focus is').toBe(true);
}

/** Presses Tab until `target` has the focus (at most `limit` times), then checks it shows the focus. */
async function tabTo(page: Page, target: Locator, limit = 30) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusVisible(page);
      return;
    }
  }
  throw new Error(`${target.toString()} was not reached in ${limit} presses of Tab`);
}

test('the public pages pass axe', async ({ page }) => {
  for (const path of ['/', '/login', '/register', '/forgot-password']) await audit(page, path);
});

test('the candidate pages pass axe', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, seeded.email);
  for (const path of [
    '/app',
    '/app/resumes',
    `/app/resumes/${seeded.resumeId}`,
    '/app/jobs',
    `/app/jobs/${seeded.jobId}`,
    '/app/job-descriptions',
    '/app/interviews',
    '/app/plans',
    '/app/settings',
    '/app/device-check',
  ])
    await audit(page, path);
});

test('every step of the new-interview wizard passes axe', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, seeded.email);
  await audit(page, '/app/interviews/new');
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await page.getByRole('radio', { name: /No particular job/ }).check();
  await expectNoSeriousViolations(page, "the wizard's job step");
  await next.click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Backend engineer');
  await expectNoSeriousViolations(page, "the wizard's role step");
  await next.click();
  await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toBeVisible();
  await expectNoSeriousViolations(page, "the wizard's format step");
  await next.click();
  await expect(page.getByRole('button', { name: 'Create interview' })).toBeVisible();
  await expectNoSeriousViolations(page, "the wizard's review step");
});

test('the interview room passes axe, before and during the interview', async ({ page }) => {
  await signIn(page, seeded.email);
  await visit(page, `/app/interviews/${seeded.scheduledId}`);
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the room before the start');
  await visit(page, `/app/interviews/${seeded.startedId}`);
  await expectNoSeriousViolations(page, 'the room during the interview');
});

test('the results of a finished interview pass axe, with a question opened and a retry', async ({ page }) => {
  await signIn(page, seeded.email);
  await audit(page, `/app/interviews/${seeded.finishedId}/results`);
  await page
    .getByRole('button', { name: /^Question 1: / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Retry this question' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the results with question 1 open');
  await page.getByRole('button', { name: 'Retry this question' }).click();
  await expect(page.getByRole('form', { name: 'Retry this question' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the retry form');
});

test("a coding round's room passes axe, with the examples run", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, seeded.email);
  const token = await page.evaluate(() => sessionStorage.getItem('rehearse.access_token'));
  const response = await page.request.post('/api/interviews', {
    headers: { Authorization: `Bearer ${token}` },
    data: { role: 'Backend engineer', coding: { problems: 1, only: true, language: 'javascript', difficulty: 'easy' } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  await page.goto(`/app/interviews/${((await response.json()) as { id: string }).id}`);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByRole('textbox', { name: /^Your solution in / })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousViolations(page, 'the coding room');
  await page.getByRole('button', { name: 'Run examples' }).click();
  await expect(page.getByRole('region', { name: 'Example results' }).getByText(/examples? passed/)).toBeVisible({
    timeout: 15_000,
  });
  await expectNoSeriousViolations(page, 'the coding room with the examples run');
});

test('the drill suggested from recurring weak spots passes axe', async ({ page, playwright }) => {
  test.setTimeout(180_000);
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const { email, headers } = await signUpThroughApi(api, { prefix: 'e2e-a11y-drill', fullName: 'Drew Access' });
  for (let interview = 0; interview < 2; interview += 1)
    await finishInterview(api, headers, { role: 'Backend engineer', question_count: 2 }, THIN_ANSWER);
  await api.dispose();

  await signIn(page, email);
  await expect(page.getByRole('region', { name: 'Practise next' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recurring weaknesses' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page, 'the dashboard suggesting a drill');
  await page.getByRole('region', { name: 'Practise next' }).getByRole('button', { name: 'Start drill' }).click();
  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  await expectNoSeriousViolations(page, "the drill's room");
});

test('the admin pages pass axe, with their editing dialogs', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, adminEmail, adminPassword);
  for (const path of [
    '/app/admin/questions',
    '/app/admin/templates',
    '/app/admin/problems',
    '/app/admin/interviews',
    '/app/admin/candidates',
    `/app/admin/interviews/${seeded.finishedId}/results`,
  ])
    await audit(page, path);
  await visit(page, '/app/admin/questions');
  await page.getByRole('button', { name: /New question/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'the new-question dialog');
  await visit(page, '/app/admin/templates');
  await page.getByRole('button', { name: /New template/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'the new-template dialog (its coding problems)');
});

test("at a phone's width, with the menu open, the pages pass axe", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, seeded.email);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the dashboard at 360 px with the menu open');
  await audit(page, `/app/interviews/${seeded.finishedId}/results`);
});

test('forms with their errors showing pass axe', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'the register form with its errors');
  await page.goto('/login');
  await page.getByLabel('Email').fill(seeded.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'the sign-in form refusing a password');
});

test('a typed interview passes axe while answering and at its wrap-up', async ({ page }) => {
  await signIn(page, seeded.email);
  await createInterviewThroughWizard(page, { role: 'Backend engineer', questions: 1 });
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  const typeInstead = page.getByRole('button', { name: 'Type instead' });
  if (await typeInstead.isVisible()) await typeInstead.click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByLabel('Your answer', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'the room answering by typing');
  await page.getByLabel('Your answer', { exact: true }).fill(DETAILED_ANSWER.slice(0, 2000));
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the room at its wrap-up');
});

test('sign-in works from the keyboard alone, and its errors are announced once', async ({ page }) => {
  await page.goto('/login');
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  await tabTo(page, email);
  // Enter on an empty form: each error is its field's description and is announced by one alert,
  // and the focus goes to the first field to fix.
  await page.keyboard.press('Enter');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter your email address.');
  await expect(password).toHaveAccessibleDescription('Enter your password.');
  for (const message of ['Enter your email address.', 'Enter your password.']) {
    await expect(page.getByText(message)).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(1);
  }

  await page.keyboard.type(seeded.email);
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();

  // A skip link is the first stop and moves past the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page);
});

test('the new-interview wizard is operated from the keyboard alone', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, seeded.email);
  await page.goto('/app/interviews/new');
  await expect(page.getByRole('heading', { name: 'Choose a resume' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Next' });

  // An arrow key moves between the choices of a radio group (the resume, then "No resume"); Enter on
  // Next moves on.
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /No resume/ })).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  // The new step's heading takes the focus, so a screen reader says where the person is.
  await expect(page.getByRole('heading', { name: 'Choose the job' })).toBeFocused();

  await tabTo(page, page.getByRole('radio', { name: /No particular job/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /No particular job/ })).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Role and seniority' })).toBeFocused();

  // Next with no role: the error is announced once and the focus goes to the field.
  const role = page.getByRole('textbox', { name: 'Role' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(role).toBeFocused();
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  const roleError = await role.evaluate(
    (element) =>
      document.getElementById(element.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent,
  );
  expect(roleError).toBeTruthy();
  await expect(page.getByRole('alert').filter({ hasText: roleError! })).toHaveCount(1);

  await page.keyboard.type('Backend engineer');
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Interview format' })).toBeFocused();
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Create interview' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeFocused({ timeout: 30_000 });
  await expectNoSeriousViolations(page, 'the wizard once the interview is made');
  await tabTo(page, page.getByRole('link', { name: 'Start interview' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
});
