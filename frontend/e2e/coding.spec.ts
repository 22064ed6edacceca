import { expect, test, type Page } from '@playwright/test';

// A coding round: the examples run in the browser (a Web Worker), the server judges the hidden tests.

const WRONG = 'function isPalindrome(s) {\nreturn s === s.split("").reverse().join("");\n}\n';
const RIGHT = 'function isPalindrome(s) {\nconst kept = s.toLowerCase().replace(/[^a-z0-9]/g, "");\nreturn kept === kept.split("").reverse().join("");\n}\n';

async function register(page: Page) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill('Cody Coder');
  await page.getByLabel('Email').fill(`e2e-coding-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel('Password').fill('rehearse-e2e-pass');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Cody Coder' })).toBeVisible();
}

/** The wizard has no coding option yet: the round is created through the API, as the signed-in user. */
async function createCodingRound(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('rehearse.access_token'));
  const response = await page.request.post('/api/interviews', {
    headers: { Authorization: `Bearer ${token}` },
    // The only easy two-pointers problem: valid-palindrome.
    data: { role: 'Backend engineer', coding: { problems: 1, only: true, language: 'javascript', difficulty: 'easy', topics: ['two_pointers'] } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

async function replaceCode(page: Page, code: string) {
  const editor = page.getByRole('textbox', { name: 'Your solution in JavaScript' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

test('a coding round: run a wrong solution and see the difference, fix it, submit and get the follow-up on the verdict', async ({ page }) => {
  test.setTimeout(120_000);
  await register(page);
  const interviewId = await createCodingRound(page);
  await page.goto(`/app/interviews/${interviewId}`);
  await expect(page.getByText(/Answer mode:/)).toBeVisible();
  await page.getByRole('button', { name: 'Start interview' }).click();

  await expect(page.getByRole('heading', { name: 'Valid palindrome' })).toBeVisible({ timeout: 30_000 });
  await replaceCode(page, WRONG);
  await page.getByRole('button', { name: 'Run examples' }).click();
  const results = page.getByRole('region', { name: 'Example results' });
  await expect(results.getByText('1 of 2 examples passed')).toBeVisible({ timeout: 15_000 });
  await expect(results.getByRole('listitem', { name: 'Example 1: failed' })).toContainText('the value is false, expected true');

  await replaceCode(page, RIGHT);
  await page.getByRole('button', { name: 'Run examples' }).click();
  await expect(results.getByText('2 of 2 examples passed')).toBeVisible();

  await page.getByRole('button', { name: 'Submit' }).click();
  // The room moves on to the interviewer's follow-up about the code, which says how it was judged.
  const current = page.getByRole('region', { name: 'Current question' });
  await expect(current).toContainText('Question 1 · follow-up', { timeout: 60_000 });
  await expect(current.getByRole('heading')).toContainText('Your solution passes every test.');
});
