import { screen, within } from '@testing-library/react';

import { buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

/** The `q` of every skill search the app sends. */
function recordSkillSearches(): string[] {
  const queries: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/knowledge/skills') queries.push(url.searchParams.get('q') ?? '');
  });
  return queries;
}

function openProfile() {
  const { account } = signIn();
  const resume = db.addResume(account.email, buildResume({ filename: 'ada-cv.pdf' }));
  const patches = recordJsonBodies('PATCH', `/api/resumes/${resume.id}`);
  const view = renderApp(`/app/resumes/${resume.id}`);
  return { ...view, resume, patches };
}

async function suggestions() {
  const list = await screen.findByRole('listbox', { name: 'Suggested skills' });
  return within(list)
    .getAllByRole('option')
    .map((option) => option.textContent);
}

function suggestionsShown() {
  return screen.queryByRole('listbox', { name: 'Suggested skills' }) !== null;
}

function skillChips() {
  return within(screen.getByRole('list', { name: 'Skills' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('skill suggestions', () => {
  it('suggests skills from the open data as you type and adds the one picked', async () => {
    const { user, patches } = openProfile();
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });
    const searches = recordSkillSearches();

    await user.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'auto cad');
    expect(await suggestions()).toEqual(['Autodesk AutoCAD (AutoCAD)O*NET']);
    expect(screen.getByText(/Suggestions from O\*NET .* and ESCO/)).toBeInTheDocument();

    await user.keyboard('{ArrowDown}{Enter}');
    expect(skillChips()).toEqual(['Python', 'FastAPI', 'PostgreSQL', 'Docker', 'Autodesk AutoCAD']);
    expect(screen.getByRole('combobox', { name: 'Add a skill' })).toHaveValue('');
    expect(suggestionsShown()).toBe(false);
    // Typing is debounced: one search for the whole word, not one per key.
    expect(searches).toEqual(['auto cad']);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Your changes are saved.')).toBeInTheDocument();
    expect(patches).toEqual([{ skills: ['Python', 'FastAPI', 'PostgreSQL', 'Docker', 'Autodesk AutoCAD'] }]);
  });

  it('keeps what was typed when no suggestion is picked, and skips skills already listed', async () => {
    const { user } = openProfile();
    await screen.findByRole('heading', { name: 'ada-cv.pdf', level: 1 });
    const input = screen.getByRole('combobox', { name: 'Add a skill' });

    await user.type(input, 'py');
    // Python is already a skill of this resume, so only PyTorch is offered.
    expect(await suggestions()).toEqual(['PyTorchO*NET']);

    await user.type(input, 'toolkit-x{Enter}');
    expect(skillChips()).toContain('pytoolkit-x');

    await user.type(input, 'k8s');
    await user.click(await screen.findByRole('option', { name: /Kubernetes/ }));
    expect(skillChips()).toContain('Kubernetes');

    await user.type(input, 'revi');
    await screen.findByRole('option', { name: /Autodesk Revit/ });
    await user.keyboard('{Escape}');
    expect(suggestionsShown()).toBe(false);
  });
});
