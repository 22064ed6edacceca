import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';
import { register } from './support/accounts';

// A real one-page PDF resume: a copy of backend/tests/fixtures/resumes/backend_engineer.pdf.
const RESUME_PDF = fileURLToPath(new URL('./fixtures/backend-engineer.pdf', import.meta.url));
const RESUME_NAME = 'backend-engineer.pdf';

const JOB_DESCRIPTION = `Platform Engineer at Northwind

We are hiring a senior platform engineer with 5+ years of experience.

Requirements:
- Python
- Kubernetes
- Terraform
- Ansible

Nice to have:
- Go

Responsibilities:
- Run our Kubernetes clusters
- Automate infrastructure with Terraform and Ansible`;

function skillChips(page: Page) {
  return page.getByRole('list', { name: 'Skills' }).getByRole('listitem');
}

test('a candidate uploads and corrects a resume, matches catalog jobs and a pasted job description', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await register(page, 'Alex Chen');

  // Upload a PDF from disk: the server extracts its text and parses it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resumes' }).click();
  await expect(page).toHaveTitle('Resumes · Rehearse');
  await expect(page.getByText('No resumes yet')).toBeVisible();
  await page.getByLabel('Resume file').setInputFiles(RESUME_PDF);
  await expect(page.getByText(`${RESUME_NAME} is uploaded and analysed.`).first()).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: RESUME_NAME }) });
  await expect(item.getByText('Default')).toBeVisible();

  // The original file comes back, fetched with the session's token.
  const downloading = page.waitForEvent('download');
  await item.getByRole('button', { name: `Download ${RESUME_NAME}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(RESUME_NAME);

  // The profile shows what was parsed from the PDF; correct the skills.
  await item.getByRole('link', { name: `View profile of ${RESUME_NAME}` }).click();
  await expect(page.getByRole('heading', { name: RESUME_NAME, level: 1 })).toBeVisible();
  for (const skill of [
    'Python',
    'Go',
    'FastAPI',
    'Django',
    'PostgreSQL',
    'Kafka',
    'Docker',
    'Kubernetes',
    'Terraform',
  ]) {
    await expect(skillChips(page).filter({ hasText: new RegExp(`^${skill}$`) })).toHaveCount(1);
  }
  await expect(page.getByLabel('Name')).toHaveValue('Alex Chen');
  await expect(page.getByLabel('Email')).toHaveValue('alex.chen@example.com');
  await expect(skillChips(page).filter({ hasText: /^GraphQL$/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Remove Django' }).click();
  await expect(skillChips(page).filter({ hasText: /^Django$/ })).toHaveCount(0);
  await page.getByLabel('Add a skill').fill('graphql');
  await page.getByLabel('Add a skill').press('Enter');
  await expect(skillChips(page).filter({ hasText: /^graphql$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();

  // Both changes are kept, the added skill under its canonical name.
  await page.reload();
  await expect(page.getByRole('heading', { name: RESUME_NAME, level: 1 })).toBeVisible();
  await expect(skillChips(page).filter({ hasText: /^GraphQL$/ })).toHaveCount(1);
  await expect(skillChips(page).filter({ hasText: /^Django$/ })).toHaveCount(0);
  await expect(skillChips(page).filter({ hasText: /^Python$/ })).toHaveCount(1);

  // Search the catalog and open a job: it is matched against the default resume.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveTitle('Jobs · Rehearse');
  await page.getByLabel('Keywords').fill('backend');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/app\/jobs\?q=backend$/);
  await expect(page.getByText(/^\d+ jobs? found$/)).toBeVisible();
  const firstJob = page.getByRole('article').first();
  // The unfiltered list stays on screen until the search answers: wait for the best match.
  await expect(firstJob.getByRole('heading')).toContainText(/backend/i);
  await expect(firstJob.getByText(/^\d+% match$/)).toBeVisible();
  const jobTitle = (await firstJob.getByRole('heading').textContent()) ?? '';
  await firstJob.getByRole('link').first().click();

  await expect(page.getByRole('heading', { name: jobTitle, level: 1 })).toBeVisible();
  const match = page.getByRole('region', { name: 'Your match' });
  await expect(match.getByRole('img', { name: /^Match score: \d+ out of 100$/ })).toBeVisible();
  // The ring is the score, shown once.
  await expect(match.getByText(/% match$/)).toHaveCount(0);
  await expect(
    match.getByRole('heading', { name: /^(Matched skills|Missing required skills) \(\d+\)$/ }).first(),
  ).toBeVisible();
  await expect(match.getByRole('heading', { name: 'Experience fit' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Requirements' })).toBeVisible();

  // Paste a job description: analyze shows what was read before anything is saved.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Job descriptions' }).click();
  await expect(page).toHaveTitle('Job descriptions · Rehearse');
  await page.getByLabel('Title (optional)').fill('Platform Engineer');
  await page.getByRole('textbox', { name: 'Job description' }).fill(JOB_DESCRIPTION);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const preview = page.getByRole('region', { name: 'What we found' });
  await expect(preview).toBeVisible();
  const required = preview.getByRole('list', { name: 'Required skills' });
  await expect(required.getByText('Kubernetes', { exact: true })).toBeVisible();
  await expect(required.getByText('Terraform', { exact: true })).toBeVisible();
  await expect(page.getByText('No saved job descriptions')).toBeVisible();

  await preview.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved “Platform Engineer”.')).toBeVisible();
  const saved = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Platform Engineer', level: 3 }) });
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'Match with my resume: Platform Engineer' }).click();
  await expect(saved.getByRole('img', { name: /^Match score: \d+ out of 100$/ })).toBeVisible();
  // The resume has Python, Kubernetes and Terraform, not Ansible.
  await expect(saved.getByRole('heading', { name: /^Matched skills \(\d+\)$/ })).toBeVisible();
  await expect(saved.getByRole('heading', { name: 'Missing required skills (1)' })).toBeVisible();
});
