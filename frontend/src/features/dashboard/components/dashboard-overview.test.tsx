import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

const ANSWER = 'I took ownership of the outage, found the bad migration and rolled it back within ten minutes.';

function seedHistory(owner: string) {
  const finished = interviewDb.addInterview(
    owner,
    buildInterview({
      role: 'Platform Engineer',
      status: 'in_progress',
      started_at: new Date().toISOString(),
      questions: buildQuestions(2, 'Platform Engineer'),
    }),
  );
  interviewDb.answer(finished, finished.questions[0]!, { transcript: ANSWER, source: 'typed' });
  interviewDb.answer(finished, finished.questions[1]!, { transcript: ANSWER, source: 'typed' });
  interviewDb.complete(finished);
  const ongoing = interviewDb.addInterview(
    owner,
    buildInterview({ role: 'Data Engineer', status: 'in_progress', questions: buildQuestions(3) }),
  );
  return { finished, ongoing };
}

describe('dashboard', () => {
  it('shows the numbers, the progress and the history with links to the room or the results', async () => {
    const { account } = signIn();
    const { finished, ongoing } = seedHistory(account.email);
    renderApp('/app');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    const stats = await screen.findByRole('region', { name: 'Your practice in numbers' });
    const stat = (label: string) => within(stats).getByText(label).closest('div')?.querySelector('dd')?.textContent;
    expect(stat('Interviews completed')).toBe('1');
    expect(stat('In progress')).toBe('1');
    expect(stat('Questions answered')).toBe('2');
    expect(stat('Average score')).toBe('72');
    expect(stat('Best score')).toBe('72');
    expect(stat('Day streak')).toBe('1');
    expect(screen.getByRole('link', { name: 'Start a new interview' })).toHaveAttribute('href', '/app/interviews/new');
    expect(screen.queryByText('No interviews yet')).not.toBeInTheDocument();

    const history = screen.getByRole('table', { name: 'History' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Data Engineer');
    expect(rows[0]).toHaveTextContent('In progress');
    expect(within(rows[0]!).getByRole('link', { name: /^Continue/ })).toHaveAttribute(
      'href',
      `/app/interviews/${ongoing.id}`,
    );
    expect(rows[1]).toHaveTextContent(/^Platform Engineer · Senior/);
    expect(rows[1]).toHaveTextContent('72 / 100');
    expect(within(rows[1]!).getByRole('link', { name: /^View results/ })).toHaveAttribute(
      'href',
      `/app/interviews/${finished.id}/results`,
    );

    // The charts carry their numbers in text for screen readers.
    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(within(progress).getByRole('table', { name: 'Scores by interview' })).toHaveTextContent(
      'Platform Engineer72',
    );
    const skills = screen.getByRole('region', { name: 'Skills' });
    expect(within(skills).getByRole('list', { name: 'Average score by skill' })).toHaveTextContent('Python: 72');
  });

  it('invites a first interview when there is none, with one button after the headings that lead to it', async () => {
    signIn();
    renderApp('/app');

    expect(await screen.findByText('No interviews yet')).toBeInTheDocument();
    const start = screen.getByRole('link', { name: 'Start your first interview' });
    expect(start).toHaveAttribute('href', '/app/interviews/new');
    // One call to action: the header does not offer a second button that does the same.
    expect(screen.getAllByRole('link', { name: /^Start .*interview$/ })).toEqual([start]);
    expect(screen.queryByRole('region', { name: 'Your practice in numbers' })).not.toBeInTheDocument();
    // Headings read as an outline (the page, then its parts) and the button comes after its own heading.
    const headings = screen.getAllByRole('heading').map((heading) => [heading.tagName, heading.textContent]);
    expect(headings[0]).toEqual(['H1', 'Welcome, Ada Lovelace']);
    expect(headings.slice(1).every(([tag]) => tag === 'H2')).toBe(true);
    const emptyHeading = screen.getByRole('heading', { name: 'No interviews yet', level: 2 });
    expect(emptyHeading.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('explains the empty charts before any interview is finished', async () => {
    const { account } = signIn();
    interviewDb.addInterview(account.email, buildInterview({ status: 'scheduled' }));
    renderApp('/app');

    expect(await screen.findByText('Finish an interview to see your progress over time.')).toBeInTheDocument();
    expect(screen.getByText('Scores by skill appear once your answers about them are evaluated.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('table', { name: 'History' })).toHaveTextContent('Not started'));
    expect(screen.getByRole('link', { name: /^Start: Backend Engineer/ })).toBeInTheDocument();
  });

  it('shows how delivery changed across recorded interviews, and nothing before the first recording', async () => {
    const { account } = signIn();
    seedHistory(account.email);
    const point = (day: string, wpm: number | null, fillers: number, looking: number | null) => ({
      interview_id: `interview-${day}`,
      role: 'Platform Engineer',
      recorded_at: `2026-11-${day}T10:00:00Z`,
      words_per_minute: wpm,
      fillers_per_minute: fillers,
      long_pauses: 2,
      speaking_ratio: 0.6,
      looking_at_camera_ratio: looking,
    });
    server.use(
      http.get('/api/dashboard/delivery', () =>
        HttpResponse.json([point('10', 182.4, 5.5, 0.35), point('20', 148, 1.5, null)]),
      ),
    );
    renderApp('/app');

    const trend = await screen.findByRole('region', { name: 'Your delivery over time' });
    const rows = within(within(trend).getByRole('table', { name: 'Delivery by recorded interview' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('182');
    expect(rows[0]).toHaveTextContent('5.5');
    expect(rows[0]).toHaveTextContent('35%');
    expect(rows[1]).toHaveTextContent('148');
    expect(rows[1]).toHaveTextContent('—');
  });

  it('leaves the delivery trend out until an interview was recorded', async () => {
    const { account } = signIn();
    seedHistory(account.email);
    let answered = false;
    server.use(
      http.get('/api/dashboard/delivery', () => {
        answered = true;
        return HttpResponse.json([]);
      }),
    );
    renderApp('/app');
    await screen.findByRole('region', { name: 'Your practice in numbers' });
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Your delivery over time' })).not.toBeInTheDocument();
  });
});
