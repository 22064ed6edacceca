import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { signInAsAdmin } from '@/testing/admin-session';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

type Problem = components['schemas']['ProblemSummary'];

function problem(overrides: Partial<Problem>): Problem {
  return {
    id: crypto.randomUUID(),
    slug: 'two-sum',
    title: 'Two sum',
    topic: 'hash_maps',
    difficulty: 'easy',
    skills: ['Python'],
    test_count: 12,
    archived: false,
    updated_at: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

const PROBLEMS = [
  problem({}),
  problem({ slug: 'lru-cache', title: 'LRU cache', topic: 'practical', difficulty: 'hard', skills: [] }),
];

/** The server's search: words in the title, a difficulty, a page of 20. */
function problemHandlers() {
  return http.get('/api/coding/problems', ({ request }) => {
    const query = new URL(request.url).searchParams;
    const words = (query.get('q') ?? '').toLowerCase();
    const difficulty = query.get('difficulty');
    const items = PROBLEMS.filter(
      (item) => item.title.toLowerCase().includes(words) && (!difficulty || item.difficulty === difficulty),
    );
    return HttpResponse.json({ items, total: items.length, page: 1, page_size: 20 });
  });
}

describe('admin coding problems', () => {
  it('lists the problems from the admin navigation and finds one by difficulty', async () => {
    signInAsAdmin();
    server.use(problemHandlers());
    const { user } = renderApp('/app/admin/questions');

    await user.click(
      await within(await screen.findByRole('navigation', { name: 'Admin' })).findByRole('link', {
        name: 'Coding problems',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Coding problems' })).toBeInTheDocument();
    expect(await screen.findByText('2 problems')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Problems' });
    const two = within(table).getByText('Two sum').closest('tr')!;
    expect(two).toHaveTextContent('Hash maps');
    expect(two).toHaveTextContent('Easy');
    expect(two).toHaveTextContent('12');
    expect(two).toHaveTextContent('Active');

    await user.selectOptions(screen.getByLabelText('Difficulty'), 'Hard');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 problem')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Problems' })).getByText('LRU cache')).toBeInTheDocument();
    expect(screen.queryByText('Two sum')).not.toBeInTheDocument();
  });
});
