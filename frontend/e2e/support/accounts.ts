import { expect, type Page } from '@playwright/test';

/** The password every journey's candidate registers with. */
export const E2E_PASSWORD = 'rehearse-e2e-pass';

/** An address no earlier run has registered: the database outlives a single spec. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** Registers through the sign-up form and waits for the dashboard's welcome; returns the email. */
export async function register(
  page: Page,
  fullName: string,
  { email = uniqueEmail(), password = E2E_PASSWORD }: { email?: string; password?: string } = {},
): Promise<string> {
  await page.goto('/register');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${fullName}` })).toBeVisible();
  return email;
}

/** Signs in through the form and waits for the dashboard's welcome. */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}
