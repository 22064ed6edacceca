import { execFileSync } from 'node:child_process';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { register } from './support/accounts';

// Choosing a coding round in the wizard, and the coding section of the finished round's PDF and shared report.

const RIGHT =
  'function isPalindrome(s) {\nconst kept = s.toLowerCase().replace(/[^a-z0-9]/g, "");\nreturn kept === kept.split("").reverse().join("");\n}\n';
const PYTHON = process.env.PYTHON ?? '../.venv/bin/python';

async function authHeaders(page: Page) {
  const token = await page.evaluate(() => sessionStorage.getItem('rehearse.access_token'));
  return { Authorization: `Bearer ${token}` };
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

/** The PDF's text, read with pypdf (the backend's own test dependency): reportlab compresses its pages. */
function pdfText(pdf: Buffer): string {
  const script =
    'import io,sys\nfrom pypdf import PdfReader\nr=PdfReader(io.BytesIO(sys.stdin.buffer.read()))\nprint(" ".join(" ".join(p.extract_text() or "" for p in r.pages).split()))';
  return execFileSync(PYTHON, ['-c', script], { input: pdf }).toString();
}

test('a candidate chooses a coding round in the wizard, is asked before leaving it, and the coding room opens with the editor', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await register(page, 'Wendy Wizard');
  await page.goto('/app/interviews/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Backend engineer');

  // Unsaved choices: leaving asks first, and staying keeps them.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const leave = page.getByRole('alertdialog', { name: 'Leave without creating the interview?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByRole('textbox', { name: 'Role' })).toHaveValue('Backend engineer');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('radio', { name: /^Coding round/ }).check();
  await page.getByLabel('Language').selectOption('JavaScript');
  await page.getByLabel('Difficulty').selectOption('Easy');
  await page.getByRole('button', { name: 'Next' }).click();
  const review = page.getByRole('region', { name: 'Review and create' });
  await expect(review).toContainText('Coding round');
  await expect(review).toContainText('1 in JavaScript, easy');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Start interview' }).click();

  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByRole('textbox', { name: 'Your solution in JavaScript' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Run examples' })).toBeVisible();
});

test('the PDF and the shared report of a finished coding round hold its coding section', async ({ page }) => {
  test.setTimeout(120_000);
  await register(page, 'Wendy Wizard');
  const headers = await authHeaders(page);
  // Finished through the API to keep this short: the wizard and the room have their own journeys.
  const created = await ok<{ id: string }>(
    await page.request.post('/api/interviews', {
      headers,
      data: {
        role: 'Backend engineer',
        coding: { problems: 1, only: true, language: 'javascript', difficulty: 'easy', topics: ['two_pointers'] },
      },
    }),
  );
  const started = await ok<{ questions: { id: string; category: string }[] }>(
    await page.request.post(`/api/interviews/${created.id}/start`, { headers }),
  );
  const questionId = started.questions.find((question) => question.category === 'coding')!.id;
  const submitted = await ok<{ verdict: string; follow_up_question_id: string }>(
    await page.request.post(`/api/coding/interviews/${created.id}/questions/${questionId}/submissions`, {
      headers,
      data: { code: RIGHT, language: 'javascript' },
    }),
  );
  expect(submitted.verdict).toBe('accepted');
  await ok(
    await page.request.post(`/api/interviews/${created.id}/questions/${submitted.follow_up_question_id}/answer`, {
      headers,
      data: {
        transcript: 'It is linear: I filter the string once and compare it with its reverse, using linear extra space.',
      },
    }),
  );
  await ok(await page.request.post(`/api/interviews/${created.id}/complete`, { headers }));

  const pdf = await page.request.get(`/api/interviews/${created.id}/report.pdf`, { headers });
  expect(pdf.ok()).toBe(true);
  const text = pdfText(await pdf.body());
  expect(text).toContain('Problem 1: Valid palindrome');
  expect(text).toContain('How the coding scores were made');
  expect(text).toContain('Your final code');
  expect(text).toContain('Model solution');

  const link = await ok<{ token: string }>(
    await page.request.post(`/api/interviews/${created.id}/shares`, { headers, data: { label: 'Coach Sam' } }),
  );
  await page.goto(`/shared/${link.token}`);
  const coding = page.getByRole('region', { name: 'Coding' });
  await expect(coding.getByRole('article', { name: 'Problem 1: Valid palindrome' })).toContainText('accepted');
  await expect(coding.getByLabel('Final code of problem 1')).toContainText('kept.split("").reverse()');
  await expect(coding).toContainText('Model solution');
});
