import { expect, test, type Page } from '@playwright/test';

const fullName = 'Playwright Tester';
const password = 'rehearse-e2e-pass';

function uniqueEmail() {
  return `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

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
