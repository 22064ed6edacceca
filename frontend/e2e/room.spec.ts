import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, test, type Locator, type Page } from '@playwright/test';
import { register } from './support/accounts';
import { createInterviewThroughWizard } from './support/wizard';

// The interview room as a video call: at a laptop's and a phone's size, everything needed to
// answer is on screen without scrolling, with no app navigation around it.

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** A started 3-question interview, answered in the default mode (video: Chromium's fake camera). */
async function startInterview(page: Page) {
  await createInterviewThroughWizard(page, { questions: 3 });
  await expect(page.getByText(/Answer mode:\s*Video/)).toBeVisible();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
}

async function expectInViewport(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'has a box').not.toBeNull();
  expect(viewport).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
}

async function questionText(page: Page) {
  return (await page.getByRole('region', { name: 'Current question' }).getByRole('heading').textContent()) ?? '∅';
}

for (const size of SIZES) {
  test(`on a ${size.name} (${size.width}×${size.height}) the room is a call whose answer controls need no scrolling`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await register(page, 'Rita Room');
    await startInterview(page);

    // Focus mode: no app navigation; the interviewer and the candidate's camera side by side (stacked on a phone).
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('img', { name: /^Interviewer/ })).toBeVisible();
    const camera = page.getByLabel('Your camera');
    await expect
      .poll(() => camera.evaluate((video: HTMLVideoElement) => video.videoWidth), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const interviewerBox = (await page.getByRole('img', { name: /^Interviewer/ }).boundingBox())!;
    const cameraBox = (await camera.boundingBox())!;
    if (size.width >= 640) expect(cameraBox.x).toBeGreaterThan(interviewerBox.x + interviewerBox.width / 2);
    else expect(cameraBox.y).toBeGreaterThan(interviewerBox.y + interviewerBox.height / 2);

    // The question once, with candidate-friendly words only.
    const text = await questionText(page);
    await expect(page.getByText(text, { exact: true })).toHaveCount(1);
    await expect(page.getByText(/Behavioral:|Situational:|General practice/)).toHaveCount(0);

    // Everything to answer with is in the window, and the page itself does not scroll.
    await expectInViewport(page, page.getByRole('timer'));
    await expectInViewport(page, page.getByLabel('Your answer', { exact: true }));
    await expectInViewport(page, page.getByRole('button', { name: 'Start answering' }));
    await expectInViewport(page, page.getByRole('button', { name: 'Submit answer' }));
    await expectInViewport(page, page.getByRole('button', { name: 'Skip' }));
    await expectInViewport(page, page.getByRole('button', { name: 'Finish interview' }));
    await expectInViewport(page, page.getByRole('button', { name: 'Leave interview' }));
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}room-${size.width}x${size.height}.png` });

    // A take to watch back still leaves Submit in reach.
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop answering' }).click();
    await expect(page.getByLabel('Your recorded answer')).toBeVisible();
    await expect(page.getByText('No microphone was found', { exact: false })).toHaveCount(0);
    await expectInViewport(page, page.getByRole('button', { name: 'Re-record' }));
    await expectInViewport(page, page.getByRole('button', { name: 'Submit answer' }));
    await page.screenshot({ path: `${SCREENSHOTS}room-${size.width}x${size.height}-take.png` });
  });
}

test('on a 360 px phone a long question leaves the interviewer a face, not a dot', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await register(page, 'Rita Room');
  await startInterview(page);
  const face = page.getByRole('img', { name: /^Interviewer/ });
  await expect(face).toBeVisible();

  // A follow-up can run to several lines: lengthen the shown question as one would.
  await page
    .getByRole('region', { name: 'Current question' })
    .getByRole('heading')
    .evaluate((heading) => {
      heading.textContent = `${heading.textContent} `.repeat(6);
    });
  const box = (await face.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(60);
  expect(box.width).toBeGreaterThanOrEqual(60);
  // The tiles keep their floors without spilling over the question: it starts below the camera.
  const camera = page.getByLabel('Your camera');
  await expect(camera).toBeVisible();
  const cameraBox = (await camera.boundingBox())!;
  const questionBox = (await page.getByRole('region', { name: 'Current question' }).boundingBox())!;
  expect(questionBox.y).toBeGreaterThanOrEqual(cameraBox.y + cameraBox.height);
  // The room scrolls inside; the answer controls stay in the window, and nothing scrolls sideways.
  await expectInViewport(page, page.getByRole('button', { name: 'Submit answer' }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a typed draft survives a reload and Back, and leaving the room asks first', async ({ page }) => {
  test.setTimeout(120_000);
  await register(page, 'Rita Room');
  await startInterview(page);
  const draft = 'First I would reproduce the slow request and measure where the time goes.';
  await page.getByLabel('Your answer', { exact: true }).fill(draft);

  // A reload (the browser asks first: something is unsent) brings the draft back.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue(draft);

  // Leave asks; Stay keeps the room.
  await page.getByRole('button', { name: 'Leave interview' }).click();
  const leave = page.getByRole('alertdialog', { name: 'Leave the interview?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue(draft);

  // Back asks too; leaving keeps the draft for later.
  await page.goBack();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Leave interview' }).click();
  await expect(page).not.toHaveURL(/\/app\/interviews\/[0-9a-f-]+$/);
  await page.goForward();
  await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue(draft);

  // Submitted, the draft is gone: the next question starts empty, also after a reload.
  const first = await questionText(page);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByText(first, { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Your answer', { exact: true })).toHaveValue('');

  // Finish asks before ending the interview.
  await page.getByRole('button', { name: 'Finish interview' }).click();
  const finish = page.getByRole('alertdialog', { name: 'Finish the interview?' });
  await expect(finish).toContainText('2 unanswered questions count as skipped.');
  await finish.getByRole('button', { name: 'Finish interview' }).click();
  await expect(page).toHaveURL(/\/results$/);
});
