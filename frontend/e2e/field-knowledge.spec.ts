import { expect, type Locator, type Page, test } from '@playwright/test';
import { register } from './support/accounts';

// An Indeed-style export saved as plain text with non-breaking spaces, as real exports have.
const NBSP = '\u00a0';
const RESUME_TEXT = `Priya Nair
Mechanical Design Engineer - Bharat Forge
Pune, Maharashtra - Email me on Indeed: indeed.com/r/Priya-Nair/4f2a9c

WORK EXPERIENCE

Design Engineer

Bharat Forge -${NBSP} Pune, Maharashtra

June 2018 to Present

- Modelled forged suspension brackets in SolidWorks and ran FEA in ANSYS and Abaqus
- Drafted plant layouts in AutoCAD and cut part weight by 12%

EDUCATION

B.E. in Mechanical Engineering

College of Engineering Pune -${NBSP} Pune, Maharashtra

2014 to 2018

SKILLS

SolidWorks (5 years), ANSYS (4 years), AUTO CAD, GD&T, Root cause analysis
`;

// A pasted posting with no title typed in: the title, the occupation and the requirements
// come from the text, and the agency's own history is not a requirement.
const POSTING = `Mechanical Design Engineer

Our client, a precision engineering manufacturer, is looking for a Mechanical Design Engineer to join its product team.

Requirements:
- 3+ years designing mechanical components
- Finite element analysis with ANSYS or Abaqus
- 3D modelling in SolidWorks

Benefits:
- 25 days holiday, pension and private health insurance

We are a recruitment agency with over 35 years experience in executive search.`;

/** Upload a plain-text resume on the Resumes page and open its profile. */
async function uploadAndOpenProfile(page: Page, name: string, text: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resumes' }).click();
  await page.getByLabel('Resume file').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf-8'),
  });
  await expect(page.getByText(`${name} is uploaded and analysed.`).first()).toBeVisible({ timeout: 30_000 });
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await item.getByRole('link', { name: `View profile of ${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** Paste a posting on the Job descriptions page and analyse it; the preview reads `title`. */
async function analysePosting(page: Page, text: string, title: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Job descriptions' }).click();
  await page.getByRole('textbox', { name: 'Job description' }).fill(text);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const preview = page.getByRole('region', { name: 'What we found' });
  await expect(preview.getByLabel('Save as')).toHaveValue(title);
  return preview;
}

/** Save the analysed posting and match it with the default resume; its list item. */
async function saveAndMatch(page: Page, preview: Locator, title: string) {
  await preview.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible();
  const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });
  await saved.getByRole('button', { name: `Match with my resume: ${title}` }).click();
  return saved;
}

test('an engineer outside software gets their tools, degree and title read, and a posting of their field understood and matched', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await register(page, 'Priya Nair');

  await uploadAndOpenProfile(page, 'priya-nair.txt', RESUME_TEXT);

  const chips = page.getByRole('list', { name: 'Skills' }).getByRole('listitem');
  for (const skill of ['SolidWorks', 'ANSYS', 'Abaqus', 'AutoCAD', 'GD&T', 'Root cause analysis']) {
    await expect(chips.filter({ hasText: new RegExp(`^${skill.replace('&', '\\&')}$`) })).toHaveCount(1);
  }
  await expect(chips.filter({ hasText: /year/i })).toHaveCount(0);
  await expect(page.locator('dt:text-is("Highest degree") + dd')).toHaveText('Bachelor');
  const firstJob = page.getByRole('group', { name: /^Experience 1/ });
  await expect(firstJob.getByLabel('Job title')).toHaveValue('Design Engineer');
  await expect(firstJob.getByLabel('Company')).toHaveValue('Bharat Forge');

  const preview = await analysePosting(page, POSTING, 'Mechanical Design Engineer');
  await expect(preview.getByText('Occupation', { exact: true })).toBeVisible();
  const required = preview.getByRole('list', { name: 'Required skills' });
  for (const skill of ['ANSYS', 'Abaqus', 'SolidWorks']) {
    await expect(required.getByText(new RegExp(skill))).toBeVisible();
  }
  await expect(preview.getByText(/35 years/)).toHaveCount(0);

  const saved = await saveAndMatch(page, preview, 'Mechanical Design Engineer');
  await expect(saved.getByRole('img', { name: /^Match score: \d+ out of 100$/ })).toBeVisible({ timeout: 30_000 });
  const why = saved.getByRole('region', { name: 'Why this score' });
  for (const part of ['Skills', 'Role and titles', 'Experience described']) {
    await expect(why.getByRole('listitem', { name: part })).toBeVisible();
  }
});

// A graduate's CV lists no job: the role it applies for is what it says about its field.
const GRADUATE_CV = `RAHUL VERMA
Email: rahul.verma@example.com
CURRICULUM VITAE
Post Applied For: Civil Engineer
EDUCATION
Course Institution Year Marks
B.Tech Pune University 2018 71%
Training and Projects
Summer training on a highway project: levelling, soil tests and bar bending schedules.
`;

const CIVIL_POSTING = `Civil Engineer

We build roads and bridges across the state.

Requirements:
- Degree in civil engineering
- Site supervision, levelling and quantity estimation`;

test('a graduate who states the job they seek sees it on their profile and in the match reason, with their discipline', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await register(page, 'Rahul Verma');

  await uploadAndOpenProfile(page, 'rahul-cv.txt', GRADUATE_CV);
  await expect(page.getByLabel('The job you do or seek')).toHaveValue('Civil Engineer');

  const preview = await analysePosting(page, CIVIL_POSTING, 'Civil Engineer');
  const saved = await saveAndMatch(page, preview, 'Civil Engineer');
  const why = saved.getByRole('region', { name: 'Why this score' });
  await expect(why.getByRole('listitem', { name: 'Role and titles' })).toContainText(
    'The job you state, “Civil Engineer”, reads as Civil Engineers',
    { timeout: 30_000 },
  );
  await expect(why.getByRole('listitem', { name: 'Role and titles' })).toContainText(
    "Your jobs and skills are in civil engineering, this role's field",
  );
});

// A CV that writes its jobs as sentences, with dates as Indian CVs write them.
const SENTENCE_JOBS_CV = `PRIYA NATARAJAN
Email: priya.n@example.com
EXPERIENCE
 Worked as a Teacher in SHRI SWAMY MATRIC SCHOOL, Salem from June
2015 to Feb. 2018.
 Working as Senior Coordinator in HAPAG LLOYD GLOBAL SERVICES, Chennai from Mar'18 to till date.
EDUCATION
M.Sc Physics, Periyar University, 2006
`;

test('a CV that writes its jobs as sentences shows each job with its employer and dates', async ({ page }) => {
  test.setTimeout(120_000);
  await register(page, 'Priya Natarajan');

  await uploadAndOpenProfile(page, 'priya-cv.txt', SENTENCE_JOBS_CV);

  const current = page.getByRole('group', { name: /^Experience 1/ });
  await expect(current.getByLabel('Job title')).toHaveValue('Senior Coordinator');
  await expect(current.getByLabel('Company')).toHaveValue('HAPAG LLOYD GLOBAL SERVICES');
  await expect(current.getByLabel('I work here now')).toBeChecked();
  const earlier = page.getByRole('group', { name: /^Experience 2/ });
  await expect(earlier.getByLabel('Job title')).toHaveValue('Teacher');
  await expect(earlier.getByLabel('Company')).toHaveValue('SHRI SWAMY MATRIC SCHOOL');
  await expect(earlier.getByLabel('Start')).toHaveValue('2015-06');
  await expect(earlier.getByLabel('End')).toHaveValue('2018-02');
});
