import { expect, test } from '@playwright/test';

// The landing page a signed-out visitor sees: the product in real screenshots that load, a way to
// sign up, and nothing that scrolls sideways on a 360 px phone.

test('a visitor sees the product in screenshots and signs up from the landing page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rehearse the interview before it counts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const shots = page.locator('img[src^="/screenshots/"]');
  await expect(shots).toHaveCount(4);
  for (const shot of await shots.all()) {
    await shot.scrollIntoViewIfNeeded(); // lazy images load once near the viewport
    await expect(shot).toHaveAttribute('alt', /.{30,}/);
    await expect
      .poll(() => shot.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(1280);
  }

  await page.getByRole('link', { name: 'Sign up' }).last().click();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
});

test('the landing page fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await expect(page.getByRole('link', { name: 'Sign up' }).first()).toBeVisible();
});
