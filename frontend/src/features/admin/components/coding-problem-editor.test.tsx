import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { signInAsAdmin } from '@/testing/admin-session';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

type Problem = components['schemas']['ProblemRead'];
type User = ReturnType<typeof renderApp>['user'];

const PATH = '/api/coding/problems';

function buildProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    id: crypto.randomUUID(),
    slug: 'sum-of-a-list',
    title: 'Sum of a list',
    topic: 'arrays_strings',
    difficulty: 'easy',
    skills: ['Python'],
    role_families: [],
    summary: 'Add up a list of numbers.',
    statement: 'Given a list of integers, return their sum (0 for an empty list).',
    signature: { kind: 'function', name: 'sum_list', params: ['numbers'], methods: [] },
    comparison: 'exact',
    examples: [{ args: [[1, 2, 3]], expected: 6, explanation: '' }],
    tests: [
      { name: 'an empty list', kind: 'edge', args: [[]], expected: 0 },
      { name: 'one number', kind: 'normal', args: [[5]], expected: 5 },
      { name: 'negatives', kind: 'normal', args: [[-1, -2, 3]], expected: 0 },
    ],
    time_limit_ms: 1000,
    reference: {
      python: 'def sum_list(numbers):\n    return sum(numbers)\n',
      javascript: 'const sumList = (n) => n.reduce((a, b) => a + b, 0);',
    },
    solution: { approach: 'Keep a running total.', time: 'O(n)', space: 'O(1)', alternatives: [] },
    hints: [],
    explanation_points: ['Walks the list once'],
    archived: false,
    created_at: '2026-11-02T10:00:00Z',
    updated_at: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

/** The list and single-problem reads of the server, over `problems`. */
function readHandlers(problems: Problem[]) {
  return [
    http.get(PATH, () => {
      const items = problems.map(({ tests, ...problem }) => ({
        ...problem,
        skills: problem.skills ?? [],
        test_count: tests.length,
      }));
      return HttpResponse.json({ items, total: items.length, page: 1, page_size: 20 });
    }),
    http.get(`${PATH}/:id`, ({ params }) => HttpResponse.json(problems.find((problem) => problem.id === params.id))),
  ];
}

function apiError(status: number, code: string, message: string, details: unknown = null) {
  return HttpResponse.json({ error: { code, message, details } }, { status });
}

/** Replaces a field's text at once (user.type reads "[" as a key name). */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function writeProblem(user: User, dialog: HTMLElement) {
  const form = within(dialog);
  await fill(user, form.getByLabelText('Title'), 'Sum of a list');
  await fill(user, form.getByLabelText('Summary'), 'Add up a list of numbers.');
  await fill(user, form.getByLabelText('Statement'), 'Given a list of integers, return their sum.');
  await fill(user, form.getByLabelText('Function or class name'), 'sum_list');
  await fill(user, form.getByLabelText('Parameters'), 'numbers');
  const example = within(form.getByRole('group', { name: 'Example 1' }));
  await fill(user, example.getByLabelText('Arguments (JSON list)'), '[[1, 2, 3]]');
  await fill(user, example.getByLabelText('Expected (JSON)'), '6');
  const tests = [
    ['an empty list', '[[]]', '0'],
    ['one number', '[[5]]', '5'],
    ['negatives', '[[-1, -2, 3]]', '0'],
  ];
  for (const [index, [name, args, expected]] of tests.entries()) {
    const test = within(form.getByRole('group', { name: `Hidden test ${index + 1}` }));
    await fill(user, test.getByLabelText('Name'), name!);
    await fill(user, test.getByLabelText('Arguments (JSON list)'), args!);
    await fill(user, test.getByLabelText('Expected (JSON)'), expected!);
  }
  await fill(user, form.getByLabelText('Python reference'), 'def sum_list(numbers):\n    return sum(numbers)\n');
  await fill(user, form.getByLabelText('JavaScript reference'), 'const sumList = (n) => n.reduce((a, b) => a + b, 0);');
  await fill(user, form.getByLabelText('Approach'), 'Keep a running total.');
  await fill(user, form.getByLabelText('Explanation points'), 'Walks the list once');
}

describe('coding problem editor', () => {
  it('adds a problem, putting each refusal of the API where it belongs and keeping what was typed', async () => {
    signInAsAdmin();
    const answers = [
      apiError(
        422,
        'validation_error',
        'signature: Value error, name must match ^[a-z_][a-z0-9_]{0,59}$ for a function',
        [
          { field: 'signature', message: 'Value error, name must match ^[a-z_][a-z0-9_]{0,59}$ for a function' },
          { field: 'tests.1', message: 'Value error, a test with literal args needs its expected value' },
          { field: 'tests.1.args', message: 'Input should be a valid list' },
        ],
      ),
      apiError(503, 'sandbox_unavailable', 'Code cannot run here: install bubblewrap.'),
      apiError(409, 'coding_problem_slug_taken', 'A coding problem with this slug already exists.'),
    ];
    server.use(
      ...readHandlers([]),
      http.post(PATH, () => answers.shift() ?? HttpResponse.json(buildProblem(), { status: 201 })),
    );
    const creates = recordJsonBodies('POST', PATH);
    const { user } = renderApp('/app/admin/problems');

    await user.click(await screen.findByRole('button', { name: 'New problem' }));
    const dialog = await screen.findByRole('dialog', { name: 'New coding problem' });
    const form = within(dialog);
    // Nothing is sent while the form itself finds problems; the first one takes the focus.
    await user.click(form.getByRole('button', { name: 'Add problem' }));
    expect(await form.findByText('Name the problem: at least 3 characters.')).toBeInTheDocument();
    expect(form.getByLabelText('Title')).toHaveFocus();
    expect(creates).toEqual([]);

    await writeProblem(user, dialog);
    await user.click(form.getByRole('button', { name: 'Add problem' }));
    // Each message once, beside its field: the second test's arguments took the first of its two.
    const name = form.getByLabelText('Function or class name');
    expect(await form.findByText('Name must match ^[a-z_][a-z0-9_]{0,59}$ for a function.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Name must match'));
    expect(name).toHaveFocus();
    const second = within(form.getByRole('group', { name: 'Hidden test 2' }));
    expect(second.getByLabelText('Arguments (JSON list)')).toHaveAccessibleDescription(
      'A test with literal args needs its expected value.',
    );
    expect(screen.getAllByText('A test with literal args needs its expected value.')).toHaveLength(1);
    expect(screen.queryByText('Input should be a valid list.')).not.toBeInTheDocument();
    expect(form.queryByText(/Nothing was saved/)).not.toBeInTheDocument();

    await user.click(form.getByRole('button', { name: 'Add problem' }));
    expect(
      await form.findByText(
        'Code cannot run here: install bubblewrap. Nothing was saved; what you typed is still here, so try again once code can run.',
      ),
    ).toBeInTheDocument();
    expect(form.getByLabelText('Title')).toHaveValue('Sum of a list');
    expect(within(form.getByRole('group', { name: 'Hidden test 3' })).getByLabelText('Name')).toHaveValue('negatives');

    await fill(user, form.getByLabelText('Slug (optional)'), 'sum-of-a-list');
    await user.click(form.getByRole('button', { name: 'Add problem' }));
    expect(await form.findByText('Another problem has this slug: choose a different one.')).toBeInTheDocument();
    expect(form.getByLabelText('Slug (optional)')).toHaveFocus();
    expect(form.queryByText(/Code cannot run here/)).not.toBeInTheDocument();

    await fill(user, form.getByLabelText('Slug (optional)'), 'sum-of-a-list-2');
    await user.click(form.getByRole('button', { name: 'Add problem' }));
    expect(await screen.findByText('Added “Sum of a list”: both references pass its 3 tests.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(creates).toHaveLength(4);
    expect(creates[3]).toEqual({
      title: 'Sum of a list',
      slug: 'sum-of-a-list-2',
      topic: 'arrays_strings',
      difficulty: 'easy',
      skills: [],
      role_families: [],
      summary: 'Add up a list of numbers.',
      statement: 'Given a list of integers, return their sum.',
      signature: { kind: 'function', name: 'sum_list', params: ['numbers'], methods: [] },
      comparison: 'exact',
      time_limit_ms: 1000,
      examples: [{ args: [[1, 2, 3]], expected: 6, explanation: '' }],
      tests: [
        { name: 'an empty list', kind: 'normal', args: [[]], expected: 0 },
        { name: 'one number', kind: 'normal', args: [[5]], expected: 5 },
        { name: 'negatives', kind: 'normal', args: [[-1, -2, 3]], expected: 0 },
      ],
      reference: {
        python: 'def sum_list(numbers):\n    return sum(numbers)\n',
        javascript: 'const sumList = (n) => n.reduce((a, b) => a + b, 0);',
      },
      solution: { approach: 'Keep a running total.', time: '', space: '', alternatives: [] },
      hints: [],
      explanation_points: ['Walks the list once'],
    });
  });

  it('edits a hidden test, sending only the tests, and shows which test the references disagree with', async () => {
    signInAsAdmin();
    const problem = buildProblem();
    const answers = [
      apiError(
        422,
        'coding_problem_tests_fail',
        '1 disagreement(s) between the tests and the references; nothing was saved.',
        [{ language: 'python', test: 'negatives', message: 'Expected 1, got 0.' }],
      ),
    ];
    server.use(
      ...readHandlers([problem]),
      http.patch(`${PATH}/:id`, () => answers.shift() ?? HttpResponse.json(problem)),
    );
    const changes = recordJsonBodies('PATCH', `${PATH}/${problem.id}`);
    const { user } = renderApp('/app/admin/problems');

    await user.click(await screen.findByRole('button', { name: 'Edit: Sum of a list' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit coding problem' });
    const third = within(await within(dialog).findByRole('group', { name: 'Hidden test 3' }));
    expect(third.getByLabelText('Arguments (JSON list)')).toHaveValue('[[-1,-2,3]]');
    await fill(user, third.getByLabelText('Expected (JSON)'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save problem' }));

    const refused = await within(dialog).findByRole('table', { name: 'Tests the references disagree with' });
    expect(within(refused).getAllByRole('row')[1]).toHaveTextContent(/negatives.*Python.*Expected 1, got 0\./);
    expect(
      within(dialog).getByText('1 disagreement(s) between the tests and the references; nothing was saved.'),
    ).toBeInTheDocument();
    expect(third.getByLabelText('Expected (JSON)')).toHaveValue('1');

    await fill(user, third.getByLabelText('Name'), 'mixed signs');
    await fill(user, third.getByLabelText('Expected (JSON)'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Save problem' }));
    expect(await screen.findByText('Saved “Sum of a list”.')).toBeInTheDocument();
    expect(changes[1]).toEqual({
      tests: [
        { name: 'an empty list', kind: 'edge', args: [[]], expected: 0 },
        { name: 'one number', kind: 'normal', args: [[5]], expected: 5 },
        { name: 'mixed signs', kind: 'normal', args: [[-1, -2, 3]], expected: 0 },
      ],
    });
  });

  it('checks a problem, showing the run while it lasts and then each failed test and why', async () => {
    signInAsAdmin();
    let finish = () => {};
    const reports = [
      {
        ok: false,
        problems: [{ language: 'javascript', test: 'negatives', message: 'Expected 0, got 2.' }],
        warnings: [],
      },
      { ok: true, problems: [], warnings: ['The large tests run in under 1 ms: they may not tell O(n) from O(n²).'] },
    ];
    server.use(
      ...readHandlers([buildProblem()]),
      http.post(`${PATH}/:id/check`, async () => {
        await new Promise<void>((resolve) => (finish = resolve));
        return HttpResponse.json(reports.shift());
      }),
    );
    const { user } = renderApp('/app/admin/problems');

    await user.click(await screen.findByRole('button', { name: 'Check: Sum of a list' }));
    const dialog = await screen.findByRole('dialog', { name: 'Check “Sum of a list”' });
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Running both references over 3 hidden tests…');
    finish();
    const failed = await within(dialog).findByRole('table', { name: 'Failed tests' });
    expect(within(failed).getAllByRole('row')[1]).toHaveTextContent(/negatives.*JavaScript.*Expected 0, got 2\./);
    expect(within(dialog).getByText(/1 disagreement between the tests and the references/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Check again' }));
    await within(dialog).findByText(/Running both references/);
    finish();
    expect(
      await within(dialog).findByText(/Both references pass all 3 hidden tests in Python and JavaScript/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/may not tell O\(n\) from O\(n²\)/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check: Sum of a list' })).toHaveFocus());
  });

  it('says whether a deleted problem was deleted or, used by interviews, archived', async () => {
    signInAsAdmin();
    const fresh = buildProblem({ title: 'Two sum', slug: 'two-sum' });
    const used = buildProblem({ title: 'LRU cache', slug: 'lru-cache' });
    const problems = [fresh, used];
    server.use(
      ...readHandlers(problems),
      http.delete(`${PATH}/:id`, ({ params }) => {
        problems.splice(
          problems.findIndex((problem) => problem.id === params.id),
          1,
        );
        return HttpResponse.json({ result: params.id === used.id ? 'archived' : 'deleted' });
      }),
    );
    const { user } = renderApp('/app/admin/problems');

    await user.click(await screen.findByRole('button', { name: 'Delete: Two sum' }));
    let confirm = await screen.findByRole('alertdialog', { name: 'Delete this problem?' });
    expect(confirm).toHaveTextContent('“Two sum” is deleted.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete problem' }));
    expect(await screen.findByText('The problem is deleted.')).toBeInTheDocument();
    expect(await screen.findByText('1 problem')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete: LRU cache' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Delete this problem?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete problem' }));
    expect(
      await screen.findByText(
        'Interviews used this problem, so it was archived instead: new interviews will not use it.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('0 problems')).toBeInTheDocument();
  });

  it('restores an archived problem for new interviews', async () => {
    signInAsAdmin();
    const archived = buildProblem({ title: 'LRU cache', archived: true });
    server.use(
      ...readHandlers([archived]),
      http.patch(`${PATH}/:id`, () => HttpResponse.json({ ...archived, archived: false })),
    );
    const changes = recordJsonBodies('PATCH', `${PATH}/${archived.id}`);
    const { user } = renderApp('/app/admin/problems');

    await user.click(await screen.findByRole('button', { name: 'Restore: LRU cache' }));
    expect(await screen.findByText('The problem is active again: new interviews can use it.')).toBeInTheDocument();
    expect(changes).toEqual([{ archived: false }]);
  });

  it('imports a file all or nothing, listing what is wrong with each problem in it', async () => {
    signInAsAdmin();
    server.use(
      ...readHandlers([]),
      http.post(`${PATH}/import`, () =>
        apiError(422, 'import_invalid', '2 disagreement(s) between tests and references; nothing was imported.', [
          { row: 1, slug: 'two-sum', language: 'python', test: 'an empty list', message: 'Expected [], got None.' },
          { row: 2, field: 'tests.0.expected', message: 'Field required' },
        ]),
      ),
    );
    const { user } = renderApp('/app/admin/problems');

    await user.upload(
      await screen.findByLabelText('Import file'),
      new File(['[]'], 'problems.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('2 disagreement(s) between tests and references; nothing was imported.'),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Import problems' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['1', 'Test “an empty list” in Python', 'Expected [], got None.'],
      ['2', 'tests.0.expected', 'Field required'],
    ]);
  });
});
