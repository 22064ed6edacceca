import { expect, test, type Page } from '@playwright/test';
import { register } from './support/accounts';
import { createInterviewThroughWizard } from './support/wizard';

/** Scored, but thin: it covers few of any question's key points and tells no story. */
const THIN_ANSWER =
  'I think it depends on the situation. Usually I try to do a good job and I work with the team, and things generally turn out fine in the end for everyone involved in the project.';

/** Answers every question of the open interview with a thin answer, finishes it and waits for
 * its evaluation: its results page is open. */
async function answerAndFinish(page: Page, questions: number) {
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  const typeInstead = page.getByRole('button', { name: 'Type instead' });
  if (await typeInstead.isVisible()) await typeInstead.click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  for (let index = 0; index < questions; index += 1) {
    await page.getByLabel('Your answer', { exact: true }).fill(THIN_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    if (index < questions - 1) await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();
  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+\/results$/);
  await expect(page.getByText('Evaluating answers…')).toHaveCount(0, { timeout: 90_000 });
}

/** A two-question interview created in the wizard, answered thinly and finished. */
async function finishTypedInterview(page: Page, role: string) {
  await createInterviewThroughWizard(page, { role, questions: 2 });
  await answerAndFinish(page, 2);
}

test('weak spots that recur are grouped, suggested, and drilled in a short interview', async ({ page }) => {
  test.setTimeout(300_000);
  await register(page, 'Drew Drill');
  await finishTypedInterview(page, 'Backend engineer');
  await finishTypedInterview(page, 'Backend engineer');

  await page.goto('/app');
  const recurring = page.getByRole('region', { name: 'Recurring weaknesses' });
  await expect(recurring).toContainText('From your last 2 evaluated interviews.');
  const entries = recurring.getByRole('list', { name: 'Recurring weaknesses' }).locator(':scope > li');
  await expect(entries.first()).toContainText('Weak in 2 of 2');
  await entries
    .first()
    .getByText(/^History \(2 interviews\)$/)
    .click();
  await expect(
    entries
      .first()
      .getByText(/\d+ \/ 100 \(weak\)/)
      .first(),
  ).toBeVisible();

  const next = page.getByRole('region', { name: 'Practise next' });
  const label = (await next.locator('strong').first().textContent()) ?? '';
  expect(label.length).toBeGreaterThan(0);
  await expect(next).toContainText(`${label} was weak in 2 of your last 2 interviews that tested it.`);
  // The weak spot is named once, as the start of its sentence.
  expect((await next.textContent())?.split(label).length).toBe(2);
  await expect(next).toContainText(/When: (now|\w+ \d+, \d{4})/);

  await next.getByRole('button', { name: 'Start drill' }).click();
  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+$/);
  await expect(page.getByText(/^3 questions for/)).toBeVisible();
  await answerAndFinish(page, 3);

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Drill');
  await page.getByRole('button', { name: /^Question 1: / }).click();
  await expect(page.getByText(`Why it was asked: Drill: ${label}`)).toBeVisible();
  await page.goto('/app');
  await expect(page.getByRole('table', { name: 'History' }).getByText('Drill', { exact: true })).toBeVisible();

  // On a phone the cards fit: no sideways scroll.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('region', { name: 'Recurring weaknesses' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
