import { expect, type Page } from '@playwright/test';

/** Opens a page and waits until it has loaded what it shows. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}
