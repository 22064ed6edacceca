import { expect, test, type Page } from '@playwright/test';

import { E2E_PASSWORD, uniqueEmail } from './support/accounts';

const fullName = 'Playwright Tester';
const password = E2E_PASSWORD;

async function signIn(page: Page, email: string, secret: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
}

test('a new user registers, signs out and back in, and a wrong password is refused', async ({ page }) => {
  const email = uniqueEmail();
  const welcome = page.getByRole('heading', { name: `Welcome, ${fullName}` });

  await page.goto('/');
  await page.getByRole('link', { name: 'Sign up' }).first().click();
  await expect(page).toHaveTitle('Create your account · Rehearse');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(welcome).toBeVisible();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole('banner')).toContainText(fullName);
  await expect(page.getByRole('banner')).toContainText('Candidate');
  await expect(page.getByText('No interviews yet')).toBeVisible();

  await logOut(page);
  await signIn(page, email, password);
  await expect(welcome).toBeVisible();

  // The session survives a reload.
  await page.reload();
  await expect(welcome).toBeVisible();

  await logOut(page);
  await signIn(page, email, 'not-the-right-password');
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
    'Incorrect email or password.',
  );
  await expect(page).toHaveURL(/\/login$/);
});

test('a user changes their name and password in settings, then signs in with the new password', async ({ page }) => {
  const email = uniqueEmail();
  const newName = 'Renamed Tester';
  const newPassword = 'rehearse-e2e-new-pass';

  await page.goto('/register');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveTitle('Settings · Rehearse');
  const nameForm = page.getByRole('form', { name: 'Change name' });
  await expect(nameForm.getByLabel('Full name')).toHaveValue(fullName);
  await nameForm.getByLabel('Full name').fill(newName);
  await nameForm.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(newName);
  await expect(page.getByRole('banner')).not.toContainText(fullName);

  // The server checks the current password.
  const passwordForm = page.getByRole('form', { name: 'Change password' });
  await passwordForm.getByLabel('Current password').fill('not-the-right-password');
  await passwordForm.getByLabel('New password', { exact: true }).fill(newPassword);
  await passwordForm.getByLabel('Confirm new password').fill(newPassword);
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect(passwordForm.getByRole('alert')).toHaveText('The current password is not correct.');

  await passwordForm.getByLabel('Current password').fill(password);
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await expect(passwordForm.getByLabel('Current password')).toHaveValue('');

  // Signing out and back in: the new name is kept, the old password no longer works.
  await logOut(page);
  await signIn(page, email, password);
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
    'Incorrect email or password.',
  );
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/app\/settings$/);
  await expect(page.getByRole('banner')).toContainText(newName);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${newName}` })).toBeVisible();
});

test('the app sends visitors without a session to sign in', async ({ page }) => {
  await page.goto('/app');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('unknown pages show a 404 with a way home', async ({ page }) => {
  await page.goto('/definitely/not/here');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page).toHaveURL(/\/$/);
});
