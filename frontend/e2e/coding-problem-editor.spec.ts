import { expect, test, type Locator, type Page } from '@playwright/test';

import { signIn } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { visit } from './support/pages';

// An admin writes a coding problem in the UI; the real sandbox runs both references over its tests.

const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';

const PYTHON = 'def sum_list(numbers):\n    return sum(numbers)\n';
const JAVASCRIPT = 'function sumList(numbers) {\n  return numbers.reduce((total, n) => total + n, 0);\n}\n';

async function fillTest(dialog: Locator, number: number, name: string, args: string, expected: string) {
  const test = dialog.getByRole('group', { name: `Hidden test ${number}` });
  await test.getByLabel('Name', { exact: true }).fill(name);
  await test.getByLabel('Arguments (JSON list)').fill(args);
  await test.getByLabel('Expected (JSON)').fill(expected);
}

async function writeProblem(dialog: Locator, title: string) {
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Topic').selectOption({ label: 'Arrays and strings' });
  await dialog.getByLabel('Summary').fill('Add up a list of numbers.');
  await dialog
    .getByLabel('Statement')
    .fill('Given a list of integers `numbers`, return their sum (0 for an empty list).');
  await dialog.getByLabel('Function or class name').fill('sum_list');
  await dialog.getByLabel('Parameters').fill('numbers');
  const example = dialog.getByRole('group', { name: 'Example 1' });
  await example.getByLabel('Arguments (JSON list)').fill('[[1, 2, 3]]');
  await example.getByLabel('Expected (JSON)').fill('6');
  await fillTest(dialog, 1, 'an empty list', '[[]]', '0');
  await fillTest(dialog, 2, 'one number', '[[5]]', '5');
  await fillTest(dialog, 3, 'negatives', '[[-1, -2, 3]]', '0');
  await dialog.getByLabel('Python reference').fill(PYTHON);
  await dialog.getByLabel('JavaScript reference').fill(JAVASCRIPT);
  await dialog.getByLabel('Approach', { exact: true }).fill('Keep a running total while walking the list once.');
  await dialog.getByLabel('Time complexity').fill('O(n)');
  await dialog.getByLabel('Space complexity').fill('O(1)');
  await dialog.getByLabel('Explanation points').fill('Walks the list once\nReturns 0 for an empty list');
}

async function search(page: Page, words: string) {
  await page.getByLabel('Search problems').fill(words);
  await page.getByRole('button', { name: 'Search' }).click();
}

test('an admin adds a problem, checks it, edits a hidden test and deletes it', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Sum of a list ${Date.now()}`;
  await signIn(page, adminEmail, adminPassword);
  await visit(page, '/app/admin/problems');

  await page.getByRole('button', { name: 'New problem' }).click();
  let dialog = page.getByRole('dialog', { name: 'New coding problem' });
  await writeProblem(dialog, title);
  await dialog.getByRole('button', { name: 'Add problem' }).click();
  await expect(page.getByText(`Added “${title}”: both references pass its 3 tests.`)).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toBeHidden();

  await search(page, title);
  const table = page.getByRole('table', { name: 'Problems' });
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Arrays and strings');
  await expect(row).toContainText('Active');

  // Check: both references over every test, nothing saved.
  await row.getByRole('button', { name: `Check: ${title}` }).click();
  const check = page.getByRole('dialog', { name: `Check “${title}”` });
  await expect(check.getByText(/Both references pass all 3 hidden tests in Python and JavaScript/)).toBeVisible({
    timeout: 30_000,
  });
  await expectNoSeriousViolations(page, 'the check dialog with its result');
  await check.getByRole('button', { name: 'Done' }).click();
  await expect(row.getByRole('button', { name: `Check: ${title}` })).toBeFocused();

  // A wrong expected value is refused, saying which test and why; what was typed stays.
  await row.getByRole('button', { name: `Edit: ${title}` }).click();
  dialog = page.getByRole('dialog', { name: 'Edit coding problem' });
  const third = dialog.getByRole('group', { name: 'Hidden test 3' });
  await expect(third.getByLabel('Name', { exact: true })).toHaveValue('negatives');
  await third.getByLabel('Expected (JSON)').fill('1');
  await dialog.getByRole('button', { name: 'Save problem' }).click();
  const refused = dialog.getByRole('table', { name: 'Tests the references disagree with' });
  await expect(refused).toContainText('negatives', { timeout: 30_000 });
  await expect(dialog.getByText(/nothing was saved/)).toBeVisible();
  await expect(third.getByLabel('Expected (JSON)')).toHaveValue('1');
  await expectNoSeriousViolations(page, 'the edit dialog showing the test the references disagree with');

  await third.getByLabel('Name', { exact: true }).fill('mixed signs');
  await third.getByLabel('Expected (JSON)').fill('0');
  await dialog.getByRole('button', { name: 'Save problem' }).click();
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toBeHidden();

  await row.getByRole('button', { name: `Edit: ${title}` }).click();
  await expect(dialog.getByRole('group', { name: 'Hidden test 3' }).getByLabel('Name', { exact: true })).toHaveValue(
    'mixed signs',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('3');

  // Never used by an interview, so it is deleted rather than archived.
  await row.getByRole('button', { name: `Delete: ${title}` }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this problem?' });
  await confirm.getByRole('button', { name: 'Delete problem' }).click();
  await expect(page.getByText('The problem is deleted.')).toBeVisible();
  await expect(page.getByText('No coding problems match these filters.')).toBeVisible();
});

test('on a 360 px phone the editor fits: code scrolls inside its box, the page never sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, adminEmail, adminPassword);
  await visit(page, '/app/admin/problems');
  await page.getByRole('button', { name: 'New problem' }).click();
  const dialog = page.getByRole('dialog', { name: 'New coding problem' });
  const python = dialog.getByLabel('Python reference');
  await python.fill(
    `def f(values):\n    return [value * 2 for value in values if value is not None and value > 0]  # ${'x'.repeat(80)}\n`,
  );

  const sizes = await python.evaluate((area) => ({ scroll: area.scrollWidth, client: area.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(page_.scroll).toBeLessThanOrEqual(page_.inner);
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

  // Errors from the form itself, shown at their field, and the dialog still passes axe.
  await dialog.getByRole('button', { name: 'Add problem' }).click();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByText('Name the problem: at least 3 characters.')).toBeVisible();
  await expectNoSeriousViolations(page, 'the new coding problem dialog at 360 px with its errors');
});
