import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { ParsedJob } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

const POSTING = `Apex Talent Partners | Detroit, MI
Mechanical Design Engineer – FEA

Our client is looking for a Mechanical Design Engineer.
- 3+ years of experience in finite element analysis
- Experience with Abaqus or ANSYS`;

// What the backend reads from the posting above.
const PARSED: ParsedJob = {
  title: 'Mechanical Design Engineer – FEA',
  occupation: {
    code: '17-2141.00',
    title: 'Mechanical Engineers',
    source: 'onet',
    matched_title: 'Mechanical Design Engineer',
  },
  seniority: 'mid',
  required_skills: ['Finite Element Analysis', 'Abaqus', 'ANSYS'],
  nice_to_have_skills: [],
  alternative_skills: [['Abaqus', 'ANSYS']],
  years_required: 3,
  responsibilities: [],
};

describe('job description titles', () => {
  it('shows the title and occupation found in a posting, and saves it under the title as edited', async () => {
    signIn();
    server.use(http.post('/api/job-descriptions/preview', () => HttpResponse.json(PARSED)));
    const saves = recordJsonBodies('POST', '/api/job-descriptions');
    const { user } = renderApp('/app/job-descriptions');
    await screen.findByText('No saved job descriptions');

    await user.click(screen.getByLabelText('Job description'));
    await user.paste(POSTING);
    await user.click(screen.getByRole('button', { name: 'Analyse' }));

    const preview = await screen.findByRole('region', { name: 'What we found' });
    expect(preview).toHaveTextContent(
      'OccupationMechanical EngineersO*NET 17-2141.00 · as “Mechanical Design Engineer”',
    );
    expect(
      within(within(preview).getByRole('list', { name: 'Any one of these will do:' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Abaqus or ANSYS']);
    const title = within(preview).getByLabelText('Save as');
    expect(title).toHaveValue('Mechanical Design Engineer – FEA');

    await user.clear(title);
    await user.type(title, '  FEA Engineer at Apex ');
    await user.click(within(preview).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved “FEA Engineer at Apex”.')).toBeInTheDocument();
    expect(saves).toEqual([{ text: POSTING, title: 'FEA Engineer at Apex' }]);
    expect(await screen.findByRole('heading', { name: 'FEA Engineer at Apex', level: 3 })).toBeInTheDocument();
  });

  it('asks for a title when the posting states none', async () => {
    signIn();
    server.use(
      http.post('/api/job-descriptions/preview', () =>
        HttpResponse.json({ ...PARSED, title: null, occupation: null, alternative_skills: [] }),
      ),
    );
    const { user } = renderApp('/app/job-descriptions');
    await screen.findByText('No saved job descriptions');
    await user.click(screen.getByLabelText('Job description'));
    await user.paste('We need someone who knows finite element analysis and Abaqus well.');
    await user.click(screen.getByRole('button', { name: 'Analyse' }));

    const preview = await screen.findByRole('region', { name: 'What we found' });
    expect(within(preview).getByLabelText('Save as')).toHaveValue('');
    expect(preview).toHaveTextContent('No job title found in the posting: name it so you can find it again.');
    expect(preview).not.toHaveTextContent('Occupation');
    expect(within(preview).queryByRole('list', { name: 'Any one of these will do:' })).not.toBeInTheDocument();
  });

  it('renames a saved description, and checks the title first', async () => {
    const { account } = signIn();
    db.addJobDescription(account.email, {
      id: 'd0000000-0000-4000-8000-000000000002',
      title: null,
      text: 'About us\nWe build bridges.\n- AutoCAD',
      parsed: { ...PARSED, title: null, occupation: null },
      created_at: '2025-03-10T10:00:00Z',
    });
    const patches = recordJsonBodies('PATCH', '/api/job-descriptions/d0000000-0000-4000-8000-000000000002');
    const { user } = renderApp('/app/job-descriptions');

    const item = (await screen.findByRole('heading', { name: 'Untitled job description' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Rename Untitled job description' }));
    const form = within(item).getByRole('form', { name: 'Rename Untitled job description' });
    expect(within(form).getByLabelText('Title')).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Save title' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the job description a title.');
    expect(patches).toEqual([]);

    await user.type(within(form).getByLabelText('Title'), 'Site Engineer');
    await user.click(within(form).getByRole('button', { name: 'Save title' }));

    expect(await screen.findByText('Renamed to “Site Engineer”.')).toBeInTheDocument();
    expect(patches).toEqual([{ title: 'Site Engineer' }]);
    expect(within(item).getByRole('heading', { name: 'Site Engineer', level: 3 })).toBeInTheDocument();
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
  });

  it('leaves the title as it was on Escape', async () => {
    const { account } = signIn();
    db.addJobDescription(account.email, {
      id: 'd0000000-0000-4000-8000-000000000003',
      title: 'Data Engineer',
      text: 'We need a data engineer.\n- Spark',
      parsed: { ...PARSED, title: null },
      created_at: '2025-03-10T10:00:00Z',
    });
    const patches = recordJsonBodies('PATCH', '/api/job-descriptions/d0000000-0000-4000-8000-000000000003');
    const { user } = renderApp('/app/job-descriptions');

    const item = (await screen.findByRole('heading', { name: 'Data Engineer' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Rename Data Engineer' }));
    await user.type(within(item).getByLabelText('Title'), ' (old){Escape}');

    expect(within(item).getByRole('heading', { name: 'Data Engineer' })).toBeInTheDocument();
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
    expect(patches).toEqual([]);
  });
});
