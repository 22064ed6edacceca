import { expect, test, type Page } from '@playwright/test';

import { DETAILED_ANSWER } from './interview-answer';
import { register } from './support/accounts';
import { createInterviewThroughWizard } from './support/wizard';

// Chromium runs with --use-fake-device-for-media-stream: its camera is a test pattern and its
// microphone a beeping tone, so the whole recording path runs for real, headless.

async function createInterview(page: Page) {
  await createInterviewThroughWizard(page, { questions: 2 });
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
}

test('a candidate checks their camera, answers on video to a speaking avatar, then watches the recording with delivery analytics', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await register(page, 'Vera Video');

  // The standing choice, from Settings: new interviews are answered on video.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'Check camera and microphone' }).click();
  await page.getByRole('radio', { name: /^Video/ }).check();
  await expect
    .poll(() => page.getByLabel('Your camera preview').evaluate((video: HTMLVideoElement) => video.videoWidth), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Your next interviews use this setting.')).toBeVisible();

  await createInterview(page);
  await expect(page.getByText(/Answer mode:\s*Video/)).toBeVisible();

  // Device check: live preview, microphone level, device pickers, then the answer mode.
  await page.getByRole('link', { name: /Check camera and microphone|Answer on camera instead/ }).click();
  await expect(page.getByRole('heading', { name: /camera and microphone/i }).first()).toBeVisible();
  const preview = page.getByLabel('Your camera preview');
  await expect(preview).toBeVisible();
  await expect
    .poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect(page.getByRole('meter').first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Camera' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Microphone' })).toBeVisible();
  await page.getByRole('radio', { name: /^Video/ }).check();
  await page.getByRole('button', { name: 'Save and go to the interview' }).click();

  // The room: the avatar asks aloud (captions always shown) while the camera records.
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText('Question 1 of 2').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /^Interviewer/ })).toBeVisible();
  await expect(page.getByText(/all parts saved|Uploading/).first()).toBeVisible({ timeout: 20_000 });

  for (let number = 1; number <= 2; number += 1) {
    await expect(page.getByText(`Question ${number} of 2`).first()).toBeVisible();
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: 'Stop answering' }).click();
    // Review before submitting: the take plays back.
    const take = page.getByLabel('Your recorded answer');
    await expect(take).toBeVisible();
    await page.getByLabel('Your answer', { exact: true }).fill(DETAILED_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
  }
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();

  // Results: the recording plays beside its transcript, and the delivery is analysed.
  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+\/results$/);
  await expect(page.getByRole('heading', { name: 'Your recording' })).toBeVisible();
  const video = page.getByLabel('Your interview recording');
  await expect(video).toBeVisible({ timeout: 90_000 });
  await expect
    .poll(
      () => video.evaluate((element: HTMLVideoElement) => (Number.isFinite(element.duration) ? element.duration : 0)),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(transcript.getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Q1/ }).first()).toBeVisible();

  const delivery = page.getByRole('region', { name: 'How you came across' });
  await expect(delivery.getByRole('list', { name: 'Delivery measures' })).toBeVisible({ timeout: 120_000 });
  await expect(delivery).toContainText('Speaking time');
  await expect(delivery).toContainText(/camera/i);

  // On a phone the player, its chapters and the transcript keep to the screen's width.
  await page.setViewportSize({ width: 360, height: 740 });
  const chapters = await page.getByRole('navigation', { name: 'Chapters' }).boundingBox();
  expect(chapters!.x + chapters!.width).toBeLessThanOrEqual(360);
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0], 'the results page scrolls sideways at 360 px').toBeLessThanOrEqual(widths[1]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The dashboard follows delivery across recorded interviews.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const trend = page.getByRole('region', { name: 'Your delivery over time' });
  await expect(trend.getByRole('row')).toHaveCount(2);
  await expect(trend).toContainText('Backend engineer');
  await page.goBack();

  // The video is the candidate's to remove; the scores stay.
  await page.getByRole('button', { name: 'Delete recording' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete recording' }).click();
  await expect(page.getByText('You deleted the recording of this interview.')).toBeVisible();
  await expect(page.getByLabel('Your interview recording')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('This interview was not recorded')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overall score' })).toBeVisible();
});

test('parts recorded while offline wait and upload later, and a reload mid-interview carries the recording on', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await register(page, 'Vera Video');
  await createInterview(page);
  await page.getByRole('link', { name: /Check camera and microphone|Answer on camera instead/ }).click();
  await page.getByRole('radio', { name: /^Video/ }).check();
  await page.getByRole('button', { name: 'Save and go to the interview' }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText('all parts saved')).toBeVisible({ timeout: 20_000 });

  // The network drops: parts wait in IndexedDB and the indicator says so.
  await context.setOffline(true);
  await expect(page.getByText(/Offline — \d+ parts? waiting, will retry/)).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(3000);
  await context.setOffline(false);
  await expect(page.getByText('all parts saved')).toBeVisible({ timeout: 45_000 });

  // The tab reloads in the middle of the interview: the recording carries on where it was.
  await page.reload();
  await expect(page.getByText('Question 1 of 2').first()).toBeVisible();
  await expect(page.getByText(/REC/).first()).toBeVisible({ timeout: 20_000 });
  const tBack = Date.now();
  await page.waitForTimeout(4000);
  for (let number = 1; number <= 2; number += 1) {
    await expect(page.getByText(`Question ${number} of 2`).first()).toBeVisible();
    await page.getByLabel('Your answer', { exact: true }).fill(DETAILED_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
  }
  // The wrap-up replaces the last question once its answer is saved; finishing before that would
  // press the room's header button, which asks for confirmation first.
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();
  const tEnd = Date.now();

  await expect(page).toHaveURL(/\/results$/);
  const video = page.getByLabel('Your interview recording');
  await expect(video).toBeVisible({ timeout: 90_000 });
  // Both stretches, before and after the reload, are in the one file (what the recorder had not
  // yet handed over when the page unloaded, at most one 3-second part, is the only loss).
  const afterReloadS = (tEnd - tBack) / 1000;
  await expect
    .poll(
      () => video.evaluate((element: HTMLVideoElement) => (Number.isFinite(element.duration) ? element.duration : 0)),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(afterReloadS + 2.5);
});
