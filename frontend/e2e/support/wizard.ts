import { expect, type Page } from '@playwright/test';

/**
 * Walks the new-interview wizard with no resume and no job: a role, `questions` talking questions
 * and no follow-ups, then creates it and opens its room (before the interview starts).
 */
export async function createInterviewThroughWizard(
  page: Page,
  { role = 'Backend engineer', questions }: { role?: string; questions: number },
) {
  await page.goto('/app/interviews/new');
  await page.getByRole('radio', { name: /No resume/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /No particular job/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill(role);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(questions));
  await page.getByRole('checkbox', { name: /Ask follow-up questions/ }).uncheck();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Start interview' }).click();
}
