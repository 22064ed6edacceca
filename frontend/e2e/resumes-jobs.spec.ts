import { expect, test, type Page } from '@playwright/test';

const password = 'rehearse-e2e-pass';

const RESUME = `Jordan Rivera
jordan.rivera@example.com | github.com/jrivera

Summary
Backend engineer who builds reliable APIs and data platforms.

Skills
Python, FastAPI, PostgreSQL, Docker, Kubernetes

Experience
Senior Backend Engineer, Acme Corp
Jan 2020 - Present
- Built payment APIs with FastAPI and PostgreSQL
- Ran services on Kubernetes

Backend Engineer, Beta Systems
Jun 2016 - Dec 2019
- Built data pipelines in Python

Education
BSc Computer Science, State University, 2016
`;

const JOB_DESCRIPTION = `Platform Engineer at Northwind

We are hiring a senior platform engineer with 5+ years of experience.

Requirements:
- Python
- Kubernetes
- Terraform
- AWS

Nice to have:
- Go

Responsibilities:
- Run our Kubernetes clusters
- Automate infrastructure with Terraform`;

function uniqueEmail() {
  return `e2e-resumes-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

async function register(page: Page) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill('Jordan Rivera');
  await page.getByLabel('Email').fill(uniqueEmail());
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Jordan Rivera' })).toBeVisible();
}

function skillChips(page: Page) {
  return page.getByRole('list', { name: 'Skills' }).getByRole('listitem');
}

test('a candidate uploads and corrects a resume, matches catalog jobs and a pasted job description', async ({ page }) => {
  test.setTimeout(90_000);
  await register(page);

  // Upload: the file is made in the test, the server decides what it is by its content.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resumes' }).click();
  await expect(page).toHaveTitle('Resumes · Rehearse');
  await expect(page.getByText('No resumes yet')).toBeVisible();
  await page.getByLabel('Resume file').setInputFiles({
    name: 'jordan-rivera.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(RESUME, 'utf8'),
  });
  await expect(page.getByText('jordan-rivera.txt is uploaded and analyzed.').first()).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'jordan-rivera.txt' }) });
  await expect(item.getByText('Default')).toBeVisible();

  // The original file comes back, fetched with the session's token.
  const downloading = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Download jordan-rivera.txt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('jordan-rivera.txt');

  // The profile shows what was parsed; correct the skills.
  await item.getByRole('link', { name: 'View profile of jordan-rivera.txt' }).click();
  await expect(page.getByRole('heading', { name: 'jordan-rivera.txt', level: 1 })).toBeVisible();
  for (const skill of ['Python', 'FastAPI', 'PostgreSQL', 'Docker', 'Kubernetes']) {
    await expect(skillChips(page).filter({ hasText: new RegExp(`^${skill}$`) })).toHaveCount(1);
  }
  await expect(page.getByLabel('Name')).toHaveValue('Jordan Rivera');

  await page.getByRole('button', { name: 'Remove Kubernetes' }).click();
  await expect(skillChips(page).filter({ hasText: /^Kubernetes$/ })).toHaveCount(0);
  await page.getByLabel('Add a skill').fill('k8s');
  await page.getByLabel('Add a skill').press('Enter');
  await expect(skillChips(page).filter({ hasText: /^k8s$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();

  // The server normalized the alias, and it is kept.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'jordan-rivera.txt', level: 1 })).toBeVisible();
  await expect(skillChips(page).filter({ hasText: /^Kubernetes$/ })).toHaveCount(1);
  await expect(skillChips(page).filter({ hasText: /^k8s$/ })).toHaveCount(0);

  // Search the catalog and open a job: it is matched against the default resume.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveTitle('Jobs · Rehearse');
  await page.getByLabel('Keywords').fill('backend');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/app\/jobs\?q=backend$/);
  await expect(page.getByText(/^\d+ jobs? found$/)).toBeVisible();
  const firstJob = page.getByRole('article').first();
  await expect(firstJob.getByText(/^\d+% match$/)).toBeVisible();
  const jobTitle = (await firstJob.getByRole('heading').textContent()) ?? '';
  await firstJob.getByRole('link').first().click();

  await expect(page.getByRole('heading', { name: jobTitle, level: 1 })).toBeVisible();
  const match = page.getByRole('region', { name: 'Your match' });
  await expect(match.getByRole('img', { name: /^Match score: \d+ out of 100$/ })).toBeVisible();
  await expect(match.getByText(/^\d+% match$/)).toBeVisible();
  await expect(match.getByRole('heading', { name: /^(Matched skills|Missing required skills) \(\d+\)$/ }).first()).toBeVisible();
  await expect(match.getByRole('heading', { name: 'Experience fit' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Requirements' })).toBeVisible();

  // Paste a job description: analyze shows what was read before anything is saved.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Job descriptions' }).click();
  await expect(page).toHaveTitle('Job descriptions · Rehearse');
  await page.getByLabel('Title (optional)').fill('Platform Engineer');
  await page.getByRole('textbox', { name: 'Job description' }).fill(JOB_DESCRIPTION);
  await page.getByRole('button', { name: 'Analyze' }).click();
  const preview = page.getByRole('region', { name: 'What we found' });
  await expect(preview).toBeVisible();
  const required = preview.getByRole('list', { name: 'Required skills' });
  await expect(required.getByText('Kubernetes', { exact: true })).toBeVisible();
  await expect(required.getByText('Terraform', { exact: true })).toBeVisible();
  await expect(page.getByText('No saved job descriptions')).toBeVisible();

  await preview.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved “Platform Engineer”.')).toBeVisible();
  const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Platform Engineer', level: 3 }) });
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'Match with my resume: Platform Engineer' }).click();
  await expect(saved.getByText(/^\d+% match$/)).toBeVisible();
  await expect(saved.getByRole('heading', { name: /^Missing required skills \(\d+\)$/ })).toBeVisible();
});
