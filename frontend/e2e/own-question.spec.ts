import { expect, test } from '@playwright/test';
import { register } from './support/accounts';

const QUESTION = 'What is web accessibility, and how do you make sure a site is accessible?';
const ANSWER = [
  'Web accessibility means people with disabilities can perceive, understand, navigate and interact with a site, including people who use screen readers, keyboards or magnifiers.',
  'I start from semantic HTML: real headings, landmarks, buttons and labels, because assistive technologies read that structure.',
  'Images get meaningful alt text, form fields get labels, and ARIA attributes only fill the gaps native elements leave.',
  'Everything must be usable with the keyboard, with a visible focus outline, and colour contrast should meet WCAG AA, which is 4.5 to 1 for body text.',
  'For example, on our checkout page we found with axe and VoiceOver that the error messages were never announced, so we linked them with aria-describedby.',
].join(' ');

test('a candidate answers their own question well and sees a good grade with how it was made', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/register');
  await page.getByLabel('Full name').fill('Olive Own');
  await page.getByLabel('Email').fill(`e2e-own-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel('Password').fill('rehearse-e2e-pass');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Olive Own' })).toBeVisible();

  await page.goto('/app/interviews/new');
  await page.getByRole('radio', { name: /No resume/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /No particular job/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Frontend engineer');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('1');
  await page.getByRole('checkbox', { name: /Ask follow-up questions/ }).uncheck();
  await page.getByLabel('Your own questions (optional)').fill(QUESTION);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Start interview' }).click();

  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText(QUESTION).first()).toBeVisible();
  await page.getByLabel('Your answer', { exact: true }).fill(ANSWER);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();

  await expect(page).toHaveURL(/\/app\/interviews\/[0-9a-f-]+\/results$/);
  await expect(page.getByText('Evaluating answers…')).toHaveCount(0, { timeout: 90_000 });
  const question = page.getByRole('button', { name: /^Question 1: .*\(grade [AB], \d+ out of 100\)$/ });
  await expect(question).toBeVisible();
  await question.click();
  await page.getByRole('button', { name: /How this score was made/ }).click();
  await expect(page.getByText(/Relevance/).first()).toBeVisible();
  await expect(page.getByText(/× \d+%/).first()).toBeVisible();
  await expect(page.getByText('Quoted from your answer')).toBeVisible();
  const quote = (await page.locator('q').first().textContent()) ?? '∅';
  expect(ANSWER).toContain(quote);
});

const LEADERSHIP = 'Tell me about a time when you demonstrated leadership.';
const STORY = [
  'Last year I was the captain of our design team, and we had six weeks to build a bridge model for the national competition.',
  'The first test failed, so I got everyone together and we split into two groups, one redoing the joints and one testing loads.',
  'I checked in with both groups every morning and paired the quieter members with our strongest builder.',
  'We finished a week early and placed third out of thirty teams.',
].join(' ');

test('a leadership story told in its own words is credited with the points it covers, quoted', async ({ page }) => {
  test.setTimeout(180_000);
  await register(page, 'Lena Lead');
  await page.goto('/app/interviews/new');
  await page.getByRole('radio', { name: /No resume/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /No particular job/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role' }).fill('Civil engineer');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('1');
  await page.getByRole('checkbox', { name: /Ask follow-up questions/ }).uncheck();
  await page.getByLabel('Your own questions (optional)').fill(LEADERSHIP);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Start interview' }).click();

  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByText(LEADERSHIP).first()).toBeVisible();
  await page.getByLabel('Your answer', { exact: true }).fill(STORY);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: 'Finish interview' }).click();

  await expect(page.getByText('Evaluating answers…')).toHaveCount(0, { timeout: 90_000 });
  await page.getByRole('button', { name: /^Question 1: / }).click();
  const covered = page.getByRole('listitem').filter({ hasText: 'Describes a situation where they led people' });
  await expect(covered).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'States the result for the team' })).toBeVisible();
  const marked = page.locator('mark[data-key-points*="States the result for the team"]');
  await expect(marked).toHaveText(/placed third out of thirty teams/);
  await expect(page.getByText(/Cover the missing point: describes a situation where they led people/)).toHaveCount(0);
});
