import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';

import { register, signIn } from './support/accounts';
import { visit } from './support/pages';
import { seedCandidate, type SeededCandidate } from './support/seed';

// Every page fits a phone: nothing scrolls sideways between 360 and 414 px, the navigation sits
// behind a menu button, and wide tables become cards. Screenshots of the dashboard and the results
// at a laptop's and a phone's size are kept with the run's artefacts.

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const SCREENSHOT_SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8000';
const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';

let seeded: SeededCandidate;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000);
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  seeded = await seedCandidate(api, { prefix: 'e2e-phone', fullName: 'Pat Phone' });
  await api.dispose();
});

async function expectNoSidewaysScroll(page: Page, path: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${path} is ${scrollWidth} px wide at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

/** The toast reading `text` settles wholly below the header, whose controls stay usable meanwhile. */
async function expectToastBelowHeader(page: Page, text: string, control: string) {
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: text });
  await expect(toast).toBeVisible();
  const header = (await page.getByRole('banner').boundingBox())!;
  // Sonner slides a toast in from above: wait for where it stops.
  await expect
    .poll(async () => (await toast.boundingBox())?.y ?? -1, { timeout: 3_000 })
    .toBeGreaterThanOrEqual(header.y + header.height);
  // A trial click fails when something else would receive it; the toast is still up (6 s).
  await page.getByRole('button', { name: control }).click({ trial: true, timeout: 2_000 });
  await expect(toast).toBeVisible();
}

function candidatePages(data: SeededCandidate) {
  return [
    '/app',
    '/app/resumes',
    `/app/resumes/${data.resumeId}`,
    '/app/jobs',
    `/app/jobs/${data.jobId}`,
    '/app/job-descriptions',
    '/app/interviews',
    '/app/interviews/new',
    `/app/interviews/${data.scheduledId}`,
    `/app/interviews/${data.startedId}`,
    `/app/interviews/${data.finishedId}/results`,
    '/app/device-check',
    '/app/settings',
  ];
}

for (const phone of PHONES) {
  test.describe(`at ${phone.width}×${phone.height}`, () => {
    test.use({ viewport: phone, hasTouch: true });

    test('the public pages and every candidate page fit the screen', async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of ['/', '/login', '/register']) {
        await visit(page, path);
        await expectNoSidewaysScroll(page, path);
      }
      await signIn(page, seeded.email);
      for (const path of candidatePages(seeded)) {
        await visit(page, path);
        await expectNoSidewaysScroll(page, path);
      }
      // The history is a list of cards, each still a row of the table for screen readers, each
      // value named by its column.
      await visit(page, '/app');
      const row = page.getByRole('table', { name: 'History' }).getByRole('row').filter({ hasText: 'Completed' });
      const card = await row.boundingBox();
      expect(card!.x + card!.width).toBeLessThanOrEqual(phone.width);
      const status = row.getByRole('cell').filter({ hasText: 'Completed' });
      expect(await status.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Status"');
    });

    test('a new candidate: the welcome toast leaves the header free, and one button starts the first interview', async ({
      page,
    }) => {
      await register(page, 'Nova Newcomer');
      await expectToastBelowHeader(page, 'Welcome to Rehearse, Nova Newcomer!', 'Menu');
      await expect(page.getByText('No interviews yet')).toBeVisible();
      const start = page.getByRole('link', { name: /^Start .*interview$/ });
      await expect(start).toHaveCount(1);
      await expect(start).toHaveText('Start your first interview');
      await expectNoSidewaysScroll(page, '/app');
    });

    test('the navigation opens from the menu button and closes with Escape', async ({ page }) => {
      await signIn(page, seeded.email);
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();

      await menu.click();
      await nav.getByRole('link', { name: 'Jobs' }).click();
      await expect(page).toHaveURL(/\/app\/jobs$/);
      await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expectNoSidewaysScroll(page, '/app/jobs');
    });

    test('the admin pages fit the screen, and the menu leads to them', async ({ page }) => {
      test.setTimeout(120_000);
      await signIn(page, adminEmail, adminPassword);
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await expect(page).toHaveURL(/\/app\/admin\/questions$/);
      const pages = [
        '/app/admin/questions',
        '/app/admin/templates',
        '/app/admin/problems',
        '/app/admin/interviews',
        `/app/admin/interviews/${seeded.finishedId}/results`,
      ];
      for (const path of pages) {
        await visit(page, path);
        await expectNoSidewaysScroll(page, path);
      }
      // Reading a candidate's results is part of Admin.
      await page.getByRole('button', { name: 'Menu' }).click();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Admin' })).toHaveAttribute('aria-current', 'page');
      await expect(nav.getByRole('link', { name: 'Interviews' })).not.toHaveAttribute('aria-current', 'page');
    });
  });
}

test('on a laptop too, a toast opens below the header and leaves Log out free', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await register(page, 'Lee Laptop');
  await expectToastBelowHeader(page, 'Welcome to Rehearse, Lee Laptop!', 'Log out');
});

test('screenshots of the dashboard and the results, on a laptop and a phone', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await signIn(page, seeded.email);
  for (const size of SCREENSHOT_SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [name, path] of [
      ['dashboard', '/app'],
      ['results', `/app/interviews/${seeded.finishedId}/results`],
    ] as const) {
      await visit(page, path);
      await expectNoSidewaysScroll(page, path);
      await page.screenshot({
        path: `${SCREENSHOTS}${name}-${size.name}-${size.width}x${size.height}.png`,
        fullPage: true,
      });
    }
  }
});
