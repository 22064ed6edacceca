import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, register, uniqueEmail } from './support/accounts';

// The server's DATA_DIR, passed by scripts/e2e.mjs: its mails land in DATA_DIR/outbox.
const dataDir = process.env.E2E_DATA_DIR;
const password = E2E_PASSWORD;

async function signIn(page: Page, email: string, secret: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The text of the newest mail to `email` in the server's outbox (JSON files, one per mail). */
function newestMailTo(email: string): string | null {
  const outbox = path.join(dataDir ?? '', 'outbox');
  let names: string[];
  try {
    names = readdirSync(outbox)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return null;
  }
  const mails = names.map(
    (name) => JSON.parse(readFileSync(path.join(outbox, name), 'utf8')) as { to: string; text: string },
  );
  return mails.filter((mail) => mail.to === email).at(-1)?.text ?? null;
}

test('a user who forgot their password resets it with the mailed link and signs in with the new one', async ({
  page,
}) => {
  test.skip(!dataDir, 'needs the server’s DATA_DIR to read its outbox (run through npm run e2e)');
  const email = uniqueEmail();
  const fullName = 'Forgetful Tester';
  const newPassword = 'rehearse-e2e-reset-pass';
  await register(page, fullName, { email: email });
  await page.getByRole('button', { name: 'Log out' }).click();

  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveTitle('Forgot your password? · Rehearse');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(
    `If an account uses this email, a link to choose a new password is on its way.`,
  );

  // Mailed after the answer: wait for the file.
  await expect.poll(() => newestMailTo(email), { timeout: 10_000 }).toContain('/reset-password#token=');
  const link = /(\S+\/reset-password#token=\S+)/.exec(newestMailTo(email) ?? '')?.[1] ?? '';
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password is changed. Sign in with your new password.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, email, password);
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
    'Incorrect email or password.',
  );
  await signIn(page, email, newPassword);
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();

  // The link worked once.
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('rehearse-e2e-third-pass');
  await page.getByLabel('Confirm new password').fill('rehearse-e2e-third-pass');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This password reset link is not valid any more');
});

test('a user downloads their data, deletes their account, and can no longer sign in', async ({ page }) => {
  const email = uniqueEmail();
  await register(page, 'Leaving Tester', { email: email });
  await page.goto('/app/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/^rehearse-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = readFileSync(await zip.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.includes(Buffer.from('profile.json'))).toBe(true);
  await expect(page.getByText('Your data is downloaded as a zip file.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.getByLabel('Your password').fill('not-the-right-password');
  await dialog.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(dialog.getByText('The password is not correct.')).toBeVisible();
  await dialog.getByLabel('Your password').fill(password);
  await dialog.getByRole('button', { name: 'Delete my account for good' }).click();

  await expect(page.getByText('Your account and everything in it are deleted.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, email, password);
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
    'Incorrect email or password.',
  );
});
