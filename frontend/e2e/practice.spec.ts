import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { DETAILED_ANSWER } from './interview-answer';
import { register } from './support/accounts';
import { createInterviewThroughWizard } from './support/wizard';

/** Scored, but thin: it covers few of any question's key points. */
const THIN_ANSWER =
  'I think it depends on the situation. Usually I try to do a good job and I work with the team, and things generally turn out fine in the end for everyone involved in the project.';

/** A one-question interview answered by typing, finished and evaluated: its results page is open. */
async function finishTypedInterview(page: Page, role: string) {
  await createInterviewThroughWizard(page, { role, questions: 1 });

  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  const typeInstead = page.getByRole('button', { name: 'Type instead' });
  if (await typeInstead.isVisible()) await typeInstead.click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByLabel('Your answer', { exact: true }).fill(THIN_ANSWER);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();

  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+\/results$/);
  await expect(page.getByRole('heading', { name: `Results: ${role}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Evaluating answers…')).toHaveCount(0, { timeout: 90_000 });
}

/** The text of a PDF, read with pypdf (the backend's own dependency). */
function pdfText(file: string): string {
  const python = path.resolve(process.env.PYTHON ?? '../.venv/bin/python');
  const script =
    'import sys, pypdf; print(" ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(sys.argv[1]).pages).split()))';
  const result = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pypdf failed: ${result.stderr}`);
  return result.stdout;
}

test('a candidate retries a question and sees both attempts with the score change', async ({ page }) => {
  test.setTimeout(180_000);
  await register(page, 'Riley Retry');
  await finishTypedInterview(page, 'Backend engineer');

  const question = page.getByRole('button', { name: /^Question 1: .*\(grade [A-F], \d+ out of 100\)$/ });
  const before = Number(/(\d+) out of 100/.exec((await question.getAttribute('aria-label')) ?? '')?.[1]);
  await question.click();
  await page.getByRole('button', { name: 'Retry this question' }).click();
  const form = page.getByRole('form', { name: 'Retry this question' });
  await form.getByLabel('Your new answer').fill(DETAILED_ANSWER);
  await form.getByRole('button', { name: 'Submit new attempt' }).click();

  const attempt = page.getByRole('article', { name: 'Retry 1' });
  await expect(attempt.getByText(/^Grade [A-F], \d+\/100$/)).toBeVisible({ timeout: 60_000 });
  const after = Number(
    /(\d+)\/100/.exec((await attempt.getByText(/^Grade [A-F], \d+\/100$/).textContent()) ?? '')?.[1],
  );
  expect(after).toBeGreaterThan(before);
  await expect(attempt).toContainText(`+${after - before} points since the interview (${before} → ${after})`);
  await expect(attempt.getByRole('heading', { name: 'What improved' })).toBeVisible();
  await expect(
    attempt.getByRole('heading', { name: 'Before: Your answer in the interview' }).locator('..'),
  ).toContainText('I think it depends on the situation');
  await expect(attempt.getByRole('heading', { name: 'Now: retry 1' }).locator('..')).toContainText(
    'Situation: at my last company',
  );

  // Still there after a reload: the attempt is stored with the question.
  await page.reload();
  await page.getByRole('button', { name: /^Question 1: / }).click();
  await expect(page.getByRole('article', { name: 'Retry 1' })).toContainText(`(${before} → ${after})`);

  // Practise again: the same role and format, straight to the review.
  await page.getByRole('link', { name: 'Practise again' }).click();
  const review = page.getByRole('region', { name: 'Review and create' });
  await expect(review).toContainText('Backend engineer');
  await expect(review).toContainText('1 question');
});

test('a candidate downloads the results as a PDF with the questions and scores', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await register(page, 'Pat Pdf');
  await finishTypedInterview(page, 'Data engineer');
  const questionText = /^Question 1: (.*) \(grade/.exec(
    (await page.getByRole('button', { name: /^Question 1: / }).getAttribute('aria-label')) ?? '',
  )?.[1];
  const overall = (await page.getByRole('heading', { name: 'Overall score' }).locator('..').textContent())?.match(
    /(\d+)\s*\/ 100/,
  )?.[1];

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rehearse-data-engineer-report.pdf');
  const file = testInfo.outputPath('report.pdf');
  await download.saveAs(file);

  expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
  const text = pdfText(file);
  expect(text).toContain(`1. ${questionText}`);
  expect(text).toContain(`Overall ${overall}`);
  expect(text).toContain('Pat Pdf');
});

test('a coach opens a share link signed out and comments; the candidate sees it, then turns the link off', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await register(page, 'Casey Shared');
  await finishTypedInterview(page, 'Frontend engineer');

  await page.getByRole('button', { name: 'New share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'New share link' });
  await dialog.getByLabel('Who is it for?').fill('Coach Sam');
  await dialog.getByLabel('The link works for').selectOption('7 days');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = await page
    .getByRole('dialog', { name: 'Your link is ready' })
    .getByRole('textbox', { name: 'Share link for Coach Sam' })
    .inputValue();
  expect(link).toMatch(/\/shared\/[\w.-]+$/);
  await page.getByRole('button', { name: 'Close' }).click();

  // The coach: another browser, not signed in.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await coach.goto(link);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Casey Shared’s interview: Frontend engineer');
  await expect(coach.getByText('Read-only')).toBeVisible();
  await expect(coach.getByRole('heading', { name: 'Overall score' })).toBeVisible();
  await expect(coach.getByRole('button', { name: 'Retry this question' })).toHaveCount(0);
  const form = coach.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Your name').fill('Sam');
  await form.getByLabel('About').selectOption({ index: 1 });
  await form.getByLabel('Comment').fill('Open with the result, then the story.');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(coach.getByRole('region', { name: 'Your comments' })).toContainText(
    'Open with the result, then the story.',
  );

  // The candidate sees it on their results page.
  await page.reload();
  const comments = page.getByRole('region', { name: 'Comments from your coaches' });
  await expect(comments).toContainText('Sam');
  await expect(comments).toContainText('Question 1');
  await expect(comments).toContainText('Open with the result, then the story.');

  // Turned off, the link no longer opens.
  const shares = page.getByRole('region', { name: 'Share with a coach' });
  await shares.getByRole('button', { name: 'Turn off' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Turn off' }).click();
  await expect(shares.getByText('Turned off')).toBeVisible();
  await coach.reload();
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await expect(coach.getByRole('alert')).toContainText('The candidate has turned this share link off.');
  await coachContext.close();
});
