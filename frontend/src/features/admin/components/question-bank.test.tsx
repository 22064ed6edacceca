import { screen, waitFor, within } from '@testing-library/react';

import { signInAsAdmin } from '@/testing/admin-session';
import { buildBankQuestion } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

function questionRows() {
  return within(screen.getByRole('table', { name: 'Questions' }))
    .getAllByRole('row')
    .slice(1);
}

function keyPointInputs() {
  return screen.getAllByLabelText(/^Key point \d+$/);
}

describe('question bank', () => {
  it('adds a question, editing its key points as a list and checking them first', async () => {
    signInAsAdmin();
    interviewDb.addBankQuestions(buildBankQuestion());
    const creates = recordJsonBodies('POST', '/api/questions');
    const { user } = renderApp('/app/admin/questions');

    expect(await screen.findByRole('heading', { name: 'Question bank', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('1 question')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New question' }));
    const dialog = await screen.findByRole('dialog', { name: 'New question' });
    const form = within(dialog);

    // Nothing is sent while the form is invalid.
    await user.type(form.getByLabelText('Question'), 'Too short');
    await user.click(form.getByRole('button', { name: 'Add question' }));
    expect(await form.findByText('Write the question: at least 10 characters.')).toBeInTheDocument();
    expect(form.getByText('Write this key point, or remove it.')).toBeInTheDocument();
    expect(creates).toEqual([]);

    await user.clear(form.getByLabelText('Question'));
    await user.type(form.getByLabelText('Question'), 'How do you keep a Kafka consumer idempotent?');
    await user.selectOptions(form.getByLabelText('Category'), 'Technical');
    await user.selectOptions(form.getByLabelText('Difficulty'), 'Hard');
    await user.type(form.getByLabelText('Skills'), 'Kafka, Python');
    // The only key point cannot be removed; add two more, then remove the middle one.
    expect(form.getByRole('button', { name: 'Remove key point 1' })).toBeDisabled();
    await user.type(keyPointInputs()[0]!, 'Explains at-least-once delivery');
    await user.click(form.getByRole('button', { name: 'Add key point' }));
    expect(keyPointInputs()[1]).toHaveFocus();
    await user.type(keyPointInputs()[1]!, 'A point to drop');
    await user.click(form.getByRole('button', { name: 'Add key point' }));
    await user.type(keyPointInputs()[2]!, 'Uses an idempotency key');
    await user.click(form.getByRole('button', { name: 'Remove key point 2' }));
    expect(keyPointInputs().map((input) => (input as HTMLInputElement).value)).toEqual([
      'Explains at-least-once delivery',
      'Uses an idempotency key',
    ]);
    await user.type(form.getByLabelText('Model answer'), 'Store processed message ids.');
    await user.click(form.getByRole('button', { name: 'Add question' }));

    expect(await screen.findByText('Added “How do you keep a Kafka consumer idempotent?”.')).toBeInTheDocument();
    expect(creates).toEqual([
      {
        text: 'How do you keep a Kafka consumer idempotent?',
        category: 'technical',
        difficulty: 3,
        skills: ['Kafka', 'Python'],
        role_families: [],
        competency: null,
        key_points: ['Explains at-least-once delivery', 'Uses an idempotency key'],
        model_answer: 'Store processed message ids.',
        follow_ups: [],
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('2 questions')).toBeInTheDocument();

    // Find it by searching.
    await user.type(screen.getByLabelText('Search questions'), 'kafka');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 question')).toBeInTheDocument();
    expect(questionRows()[0]).toHaveTextContent('How do you keep a Kafka consumer idempotent?');
    expect(questionRows()[0]).toHaveTextContent('Hard');
  });

  it('edits, archives and deletes a question', async () => {
    signInAsAdmin();
    const used = buildBankQuestion({ text: 'Describe a conflict with a teammate and how you resolved it.' });
    interviewDb.addBankQuestions(used);
    interviewDb.markUsed(used.slug);
    const { user } = renderApp('/app/admin/questions');
    await screen.findByText('1 question');

    await user.click(screen.getByRole('button', { name: /^Edit: Describe a conflict/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit question' });
    expect(within(dialog).getAllByLabelText(/^Key point \d+$/)).toHaveLength(3);
    await user.clear(within(dialog).getAllByLabelText(/^Key point \d+$/)[0]!);
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));
    expect(await within(dialog).findByText('Write this key point, or remove it.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove key point 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));
    expect(await screen.findByText('The question is saved.')).toBeInTheDocument();
    expect(interviewDb.listBank()[0]?.key_points).toEqual(['Explains how they learned', 'Shares the result']);

    // Interviews used it, so deleting archives it.
    await user.click(screen.getByRole('button', { name: /^Delete: Describe a conflict/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete this question?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete question' }));
    expect(await screen.findByText('Interviews used this question, so it was archived instead.')).toBeInTheDocument();
    expect(await screen.findByText('No questions match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived questions' }));
    expect(await screen.findByText('Archived')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Restore: Describe a conflict/ }));
    expect(await screen.findByText('The question is active again.')).toBeInTheDocument();
  });

  it('imports a file, listing each invalid row in a table', async () => {
    signInAsAdmin();
    const { user } = renderApp('/app/admin/questions');
    await screen.findByText('0 questions');

    const invalid = JSON.stringify([
      { text: 'A perfectly fine question about caching?', category: 'technical', key_points: ['Names a cache'] },
      { text: 'Short', category: 'technical', key_points: [] },
    ]);
    await user.upload(
      screen.getByLabelText('Import file'),
      new File([invalid], 'bank.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('2 problems found; nothing was imported.')).toBeInTheDocument();
    // Each problem in the form's words, saying what to change.
    const problems = within(screen.getByRole('table', { name: 'Import problems' }))
      .getAllByRole('row')
      .slice(1);
    expect(problems.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['2', 'Question', 'Write at least 10 characters.'],
      ['2', 'Key points', 'Give at least 1 key point.'],
    ]);
    expect(interviewDb.listBank()).toHaveLength(0);

    const valid = JSON.stringify([
      { text: 'A perfectly fine question about caching?', category: 'technical', key_points: ['Names a cache'] },
    ]);
    await user.upload(
      screen.getByLabelText('Import file'),
      new File([valid], 'fixed.json', { type: 'application/json' }),
    );
    expect(screen.queryByRole('table', { name: 'Import problems' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported fixed.json: 1 created, 0 updated.')).toBeInTheDocument();
    expect(await screen.findByText('1 question')).toBeInTheDocument();
  });

  it('is only for admins', async () => {
    signIn();
    const { router } = renderApp('/app/admin/questions');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });
});
