import { screen, waitFor, within } from '@testing-library/react';

import { buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordJsonBodies, recordRequests } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

const POSTING = `We want a senior platform engineer with 5+ years of experience.
Requirements:
- Python
- Kubernetes
- Terraform`;

describe('job descriptions', () => {
  it('analyzes a pasted description before saving it, then matches it with the default resume', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume({ is_default: true }));
    const saves = recordJsonBodies('POST', '/api/job-descriptions');
    const { user } = renderApp('/app/job-descriptions');

    expect(await screen.findByText('No saved job descriptions')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Job descriptions · Rehearse'));
    await user.type(screen.getByLabelText('Title (optional)'), 'Platform Engineer');
    await user.click(screen.getByLabelText('Job description'));
    await user.paste(POSTING);
    await user.click(screen.getByRole('button', { name: 'Analyse' }));

    const preview = await screen.findByRole('region', { name: 'What we found' });
    expect(preview).toHaveTextContent('SenioritySenior');
    expect(preview).toHaveTextContent('Experience5+ years');
    expect(
      within(within(preview).getByRole('list', { name: 'Required skills' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Python', 'Kubernetes', 'Terraform']);
    expect(saves).toEqual([]);

    await user.click(within(preview).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved “Platform Engineer”.')).toBeInTheDocument();
    expect(saves).toEqual([{ title: 'Platform Engineer', text: POSTING }]);
    expect(screen.getByLabelText('Job description')).toHaveValue('');
    expect(screen.queryByRole('region', { name: 'What we found' })).not.toBeInTheDocument();
    const saved = await screen.findByRole('heading', { name: 'Platform Engineer', level: 3 });
    const item = saved.closest('li')!;
    expect(item).toHaveTextContent('Senior · 5+ years · Saved');

    await user.click(within(item).getByRole('button', { name: 'Match with my resume: Platform Engineer' }));

    // The default resume has Python but neither Kubernetes nor Terraform.
    expect(await within(item).findByRole('img', { name: 'Match score: 33 out of 100' })).toBeInTheDocument();
    expect(within(item).getByRole('region', { name: /^Missing required skills/ })).toHaveTextContent(
      'KubernetesTerraform',
    );
    expect(within(item).getByRole('button', { name: 'Hide match: Platform Engineer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('asks for a new analysis when the text changes, and checks the length first', async () => {
    signIn();
    const previews = recordRequests('/api/job-descriptions/preview');
    const { user } = renderApp('/app/job-descriptions');
    await screen.findByText('No saved job descriptions');

    await user.type(screen.getByLabelText('Job description'), 'Too short');
    await user.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(await screen.findByText('Paste at least 30 characters of the job description.')).toBeInTheDocument();
    expect(previews).toEqual([]);

    await user.type(screen.getByLabelText('Job description'), ' but now long enough to read.\n- Go');
    await user.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(await screen.findByRole('region', { name: 'What we found' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Job description'), '\n- Rust');
    expect(screen.queryByRole('region', { name: 'What we found' })).not.toBeInTheDocument();
  });

  it('deletes a saved description after confirming', async () => {
    const { account } = signIn();
    db.addJobDescription(account.email, {
      id: 'd0000000-0000-4000-8000-000000000001',
      title: 'Data Engineer',
      text: 'We need a data engineer.\n- Spark',
      parsed: {
        title: null,
        seniority: null,
        required_skills: ['Spark'],
        nice_to_have_skills: [],
        years_required: null,
        responsibilities: [],
      },
      created_at: '2025-03-10T10:00:00Z',
    });
    const { user } = renderApp('/app/job-descriptions');

    const item = (await screen.findByRole('heading', { name: 'Data Engineer' })).closest('li')!;
    // No default resume: matching explains what is missing.
    await user.click(within(item).getByRole('button', { name: 'Match with my resume: Data Engineer' }));
    expect(
      await within(item).findByRole('link', { name: 'Upload a resume and make it your default' }),
    ).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Delete Data Engineer' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “Data Engineer”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete job description' }));

    expect(await screen.findByText('Deleted “Data Engineer”.')).toBeInTheDocument();
    expect(await screen.findByText('No saved job descriptions')).toBeInTheDocument();
  });
});
