import { expect, test, type Page } from '@playwright/test';

import { register } from './support/accounts';

// A coding round: the examples run in the browser (a Web Worker), the server judges the hidden tests.
// Chromium runs with --use-fake-ui-for-media-stream: getDisplayMedia shares a fake screen unasked.

const WRONG = 'function isPalindrome(s) {\nreturn s === s.split("").reverse().join("");\n}\n';
const RIGHT =
  'function isPalindrome(s) {\nconst kept = s.toLowerCase().replace(/[^a-z0-9]/g, "");\nreturn kept === kept.split("").reverse().join("");\n}\n';

/** The wizard has no coding option yet: the round is created through the API, as the signed-in user. */
async function createCodingRound(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('rehearse.access_token'));
  const response = await page.request.post('/api/interviews', {
    headers: { Authorization: `Bearer ${token}` },
    // The only easy two-pointers problem: valid-palindrome.
    data: {
      role: 'Backend engineer',
      coding: { problems: 1, only: true, language: 'javascript', difficulty: 'easy', topics: ['two_pointers'] },
    },
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

test('a coding round: run a wrong solution and see the difference, fix it, submit and get the follow-up on the verdict', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await register(page, 'Cody Coder');
  const interviewId = await createCodingRound(page);
  await page.goto(`/app/interviews/${interviewId}`);
  await expect(page.getByText(/Answer mode:/)).toBeVisible();
  await page.getByRole('button', { name: 'Start interview' }).click();

  await expect(page.getByRole('heading', { name: 'Valid palindrome' })).toBeVisible({ timeout: 30_000 });
  await replaceCode(page, WRONG);
  await page.getByRole('button', { name: 'Run examples' }).click();
  const results = page.getByRole('region', { name: 'Example results' });
  await expect(results.getByText('1 of 2 examples passed')).toBeVisible({ timeout: 15_000 });
  await expect(results.getByRole('listitem', { name: 'Example 1: failed' })).toContainText(
    'the value is false, expected true',
  );

  await replaceCode(page, RIGHT);
  await page.getByRole('button', { name: 'Run examples' }).click();
  await expect(results.getByText('2 of 2 examples passed')).toBeVisible();

  await page.getByRole('button', { name: 'Submit' }).click();
  // The room moves on to the interviewer's follow-up about the code, which says how it was judged.
  const current = page.getByRole('region', { name: 'Current question' });
  await expect(current).toContainText('Question 1 · follow-up', { timeout: 60_000 });
  await expect(current.getByRole('heading')).toContainText('Your solution passes every test.');
});

test('a coding round on camera with the screen shared: the verdict stays, and the results replay the code beside the videos', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await register(page, 'Cody Coder');
  const interviewId = await createCodingRound(page);
  await page.goto(`/app/interviews/${interviewId}/setup`);
  await page.getByRole('radio', { name: /^Video/ }).check();
  await page.getByRole('button', { name: 'Save and go to the interview' }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByRole('heading', { name: 'Valid palindrome', exact: true })).toBeVisible({ timeout: 30_000 });

  // Sharing is optional: on, the screen is recorded as its own stream beside the camera.
  const share = page.getByRole('button', { name: 'Share screen' });
  await expect(share).toHaveAttribute('aria-pressed', 'false');
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(share).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Your screen is being recorded')).toBeVisible({ timeout: 20_000 });

  await replaceCode(page, WRONG);
  await page.getByRole('button', { name: 'Run examples' }).click();
  const results = page.getByRole('region', { name: 'Example results' });
  await expect(results.getByRole('listitem', { name: 'Example 1: failed' })).toContainText(
    'the value is false, expected true',
    { timeout: 15_000 },
  );
  await page.waitForTimeout(1500); // The fix comes a moment later on the timeline.
  await replaceCode(page, RIGHT);
  await page.getByRole('button', { name: 'Run examples' }).click();
  await expect(results.getByText('2 of 2 examples passed')).toBeVisible();
  await page.getByRole('button', { name: 'Submit' }).click();

  // The follow-up is asked, and the verdict stays in view with the code; a reload keeps it.
  const current = page.getByRole('region', { name: 'Current question' });
  await expect(current).toContainText('Question 1 · follow-up', { timeout: 60_000 });
  const verdict = page.getByRole('region', { name: 'Submission result' });
  await expect(verdict).toContainText(/Accepted: (\d+) of \1 hidden tests passed/);
  await page.waitForTimeout(3500); // A few seconds of screen after the submission.
  await share.click();
  await expect(share).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(current).toContainText('Question 1 · follow-up');
  await expect(verdict).toContainText(/Accepted: (\d+) of \1 hidden tests passed/);

  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page
    .getByRole('alertdialog', { name: 'Finish the interview?' })
    .getByRole('button', { name: 'Finish interview' })
    .click();
  await expect(page).toHaveURL(/\/results$/);

  // Results: the screen and the camera side by side, and the code as it was when chosen.
  const coding = page.getByRole('region', { name: 'Coding replay' });
  await expect(coding.getByRole('article', { name: 'Valid palindrome' })).toContainText(
    /Accepted · (\d+) of \1 hidden tests passed/,
  );
  const timeline = page.getByRole('region', { name: 'Code timeline' });
  const screen = timeline.getByLabel('Your shared screen');
  await expect(screen).toBeVisible({ timeout: 90_000 });
  await expect(timeline.getByLabel('Your camera')).toBeVisible({ timeout: 90_000 });
  await expect
    .poll(() => screen.evaluate((video: HTMLVideoElement) => (Number.isFinite(video.duration) ? video.duration : 0)), {
      timeout: 30_000,
    })
    .toBeGreaterThan(3);
  const versions = timeline.getByRole('list', { name: 'Saved versions of your code' });
  const ran = versions.getByRole('button', { name: /^Ran the examples/ });
  await expect(ran).toHaveCount(2);
  await ran.first().click();
  await expect(ran.first()).toHaveAttribute('aria-current', 'true');
  await expect(timeline.locator('pre')).toContainText('s.split("").reverse()');
  await expect(timeline.locator('pre')).not.toContainText('toLowerCase');
  // The video went to that moment.
  await expect.poll(() => screen.evaluate((video: HTMLVideoElement) => video.currentTime)).toBeGreaterThan(0);
  // The fix, by keyboard (submitting the same code saved nothing new).
  await ran.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(ran.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(timeline.locator('pre')).toContainText('toLowerCase');
});
