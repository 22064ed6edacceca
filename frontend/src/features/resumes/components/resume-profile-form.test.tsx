import { screen, waitFor, within } from '@testing-library/react';

import { buildParsedResume, buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordJsonBodies, recordRequests } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

function openProfile(parsed = buildParsedResume()) {
  const { account } = signIn();
  const resume = db.addResume(account.email, buildResume({ filename: 'ada-cv.pdf', parsed }));
  const patches = recordJsonBodies('PATCH', `/api/resumes/${resume.id}`);
  const view = renderApp(`/app/resumes/${resume.id}`);
  return { ...view, resume, patches };
}

function skillChips() {
  return within(screen.getByRole('list', { name: 'Skills' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('resume profile', () => {
  it('shows what was read from the resume', async () => {
    openProfile();

    expect(await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 })).toBeInTheDocument();
    expect(skillChips()).toEqual(['Python', 'FastAPI', 'PostgreSQL', 'Docker']);
    expect(screen.getByText('Years of experience').nextSibling).toHaveTextContent('7.5 years');
    expect(screen.getByText('Highest degree').nextSibling).toHaveTextContent('Master');
    expect(screen.getByLabelText('Name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('GitHub')).toHaveValue('https://github.com/ada');
    const first = screen.getByRole('group', { name: 'Experience 1: Senior Backend Engineer' });
    expect(within(first).getByLabelText('Company')).toHaveValue('Analytical Engines Ltd');
    expect(within(first).getByLabelText('I work here now')).toBeChecked();
    expect(within(first).getByText('Present')).toBeInTheDocument();
    expect(within(first).getByLabelText('Highlights')).toHaveValue('Built the payments API\nCut p99 latency by 40%');
    const education = screen.getByRole('group', { name: 'Education 1' });
    expect(within(education).getByLabelText('Level')).toHaveValue('Master');
    expect(within(education).getByLabelText('Year')).toHaveValue('2017');
    await waitFor(() => expect(document.title).toBe('ada-cv.pdf · Rehearse'));
  });

  it('shows the job the resume states and saves a corrected one', async () => {
    const { user, patches } = openProfile(buildParsedResume({ experience: [], stated_role: 'Mechanical Engineer' }));
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });
    const role = screen.getByLabelText('The job you do or seek');
    expect(role).toHaveValue('Mechanical Engineer');
    expect(role).toHaveAccessibleDescription(/Matching uses it when no job is listed/);

    await user.clear(role);
    await user.type(role, 'Piping Engineer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved.')).toBeInTheDocument();
    expect(patches).toEqual([{ stated_role: 'Piping Engineer' }]);
    expect(screen.getByLabelText('The job you do or seek')).toHaveValue('Piping Engineer');
  });

  it('removes and adds skills, then saves exactly the new skills list', async () => {
    const { user, patches } = openProfile();
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Remove Docker' }));
    expect(skillChips()).toEqual(['Python', 'FastAPI', 'PostgreSQL']);
    expect(screen.getByLabelText('Add a skill')).toHaveFocus();

    await user.type(screen.getByLabelText('Add a skill'), 'k8s{Enter}');
    await user.type(screen.getByLabelText('Add a skill'), 'Go');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    // A duplicate (in any case) is not added twice.
    await user.type(screen.getByLabelText('Add a skill'), 'python{Enter}');
    expect(skillChips()).toEqual(['Python', 'FastAPI', 'PostgreSQL', 'k8s', 'Go']);
    expect(screen.getByText('python is already in your skills.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved.')).toBeInTheDocument();
    expect(patches).toEqual([{ skills: ['Python', 'FastAPI', 'PostgreSQL', 'k8s', 'Go'] }]);
    // The server's normalized names replace what was typed.
    await waitFor(() => expect(skillChips()).toEqual(['Python', 'FastAPI', 'PostgreSQL', 'Kubernetes', 'Go']));
  });

  it('sends only the fields that changed, and nothing when nothing did', async () => {
    const { user, patches, resume } = openProfile();
    const requests = recordRequests(`/api/resumes/${resume.id}`);
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('There are no changes to save.')).toBeInTheDocument();
    expect(requests).not.toContain('PATCH');

    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '+1 555 0100');
    await user.click(screen.getByRole('button', { name: 'Remove experience 2' }));
    const first = screen.getByRole('group', { name: /^Experience 1/ });
    await user.click(within(first).getByLabelText('I work here now'));
    await user.type(within(first).getByLabelText('End'), '2024-06');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved.')).toBeInTheDocument();
    expect(patches).toEqual([
      {
        phone: '+1 555 0100',
        experience: [
          {
            title: 'Senior Backend Engineer',
            company: 'Analytical Engines Ltd',
            start: '2020-01',
            end: '2024-06',
            highlights: ['Built the payments API', 'Cut p99 latency by 40%'],
          },
        ],
      },
    ]);
  });

  it('checks the fields before saving', async () => {
    const { user, patches } = openProfile();
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });

    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add experience' }));
    const added = screen.getByRole('group', { name: 'Experience 3' });
    await user.type(within(added).getByLabelText('Start'), 'March 2020');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(within(added).getByText('Use YYYY-MM or YYYY, like 2021-04.')).toBeInTheDocument();
    expect(within(added).getByText('Enter an end date, or tick “I work here now”.')).toBeInTheDocument();
    expect(patches).toEqual([]);
  });
});
