import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/server';

import { buildRecording, recordingHandlers } from '../testing/recording-fixtures';
import { CodeReplay } from './code-replay';
import { CodingResultsSection } from './coding-results';

const WRONG = 'def is_palindrome(s):\n    return s == s[::-1]\n';
const RIGHT =
  'def is_palindrome(s):\n    kept = [c.lower() for c in s if c.isalnum()]\n    return kept == kept[::-1]\n';

const SNAPSHOTS = {
  items: [
    { seq: 1, taken_at: '2026-12-03T10:00:05Z', elapsed_s: 5, language: 'python', event: 'run', code: WRONG },
    { seq: 2, taken_at: '2026-12-03T10:00:20Z', elapsed_s: 20, language: 'python', event: 'submit', code: RIGHT },
  ],
  count: 2,
  limit: 400,
};

function serve(recordings: ReturnType<typeof buildRecording>[]) {
  server.use(
    ...recordingHandlers({ recordings }),
    http.get('/api/coding/interviews/:id/questions/:qid/snapshots', () => HttpResponse.json(SNAPSHOTS)),
  );
}

function renderReplay(
  recordings = [
    buildRecording({ id: 'screen-1', source: 'screen', created_at: '2026-12-03T10:00:00Z' }),
    buildRecording({ id: 'camera-1', created_at: '2026-12-03T09:59:50Z' }),
  ],
) {
  serve(recordings);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <CodeReplay interviewId="interview-1" questionId="q1" />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});

describe('CodeReplay', () => {
  it('plays the screen and the camera side by side; choosing a version seeks both to that moment', async () => {
    const user = renderReplay();
    const region = await screen.findByRole('region', { name: 'Code timeline' });
    const screenVideo = await within(region).findByLabelText<HTMLVideoElement>('Your shared screen');
    const cameraVideo = await within(region).findByLabelText<HTMLVideoElement>('Your camera');
    const versions = within(region).getByRole('list', { name: 'Saved versions of your code' });
    const [ran, submitted] = within(versions).getAllByRole('button');
    expect(ran).toHaveTextContent('Ran the examples0:05');
    expect(submitted).toHaveTextContent('Submitted0:20');

    await user.click(ran!);
    expect(screenVideo.currentTime).toBe(5);
    expect(cameraVideo.currentTime).toBe(15); // The camera began 10 s before the screen.
    fireEvent(screenVideo, new Event('seeked'));
    expect(ran).toHaveAttribute('aria-current', 'true');
    expect(within(region).getByText('Your code at 0:05 (ran the examples)')).toBeInTheDocument();
    expect(region.querySelector('pre')).toHaveTextContent('return s == s[::-1]');
  });

  it('shows the code as it was while the video plays, and keyboard users reach every version', async () => {
    const user = renderReplay();
    const region = await screen.findByRole('region', { name: 'Code timeline' });
    const screenVideo = await within(region).findByLabelText<HTMLVideoElement>('Your shared screen');
    expect(within(region).getByText('No code was saved yet at this moment.')).toBeInTheDocument();

    screenVideo.currentTime = 21;
    fireEvent(screenVideo, new Event('timeupdate'));
    expect(region.querySelector('pre')).toHaveTextContent('kept == kept[::-1]');
    expect(within(region).getByRole('button', { name: /^Submitted/ })).toHaveAttribute('aria-current', 'true');

    within(region)
      .getByRole('button', { name: /^Ran the examples/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(screenVideo.currentTime).toBe(5);
  });

  it('without any recording still walks through the saved code', async () => {
    const user = renderReplay([]);
    const region = await screen.findByRole('region', { name: 'Code timeline' });
    expect(within(region).queryByRole('figure')).not.toBeInTheDocument();
    expect(region.querySelector('pre')).toHaveTextContent('kept == kept[::-1]'); // The last version first.
    await user.click(within(region).getByRole('button', { name: /^Ran the examples/ }));
    expect(region.querySelector('pre')).toHaveTextContent('return s == s[::-1]');
  });
});

describe('CodingResultsSection', () => {
  it('gives each problem its verdict and its replay', async () => {
    serve([]);
    const queryClient = createQueryClient();
    const problem = {
      question_id: 'q1',
      title: 'Valid palindrome',
      submitted: true,
      verdict: 'accepted',
      hidden_passed: 7,
      hidden_total: 7,
      score: 95,
    };
    const coding = { score: 95, pending: false, problems: [problem] } as unknown as Parameters<
      typeof CodingResultsSection
    >[0]['coding'];
    render(
      <QueryClientProvider client={queryClient}>
        <CodingResultsSection interviewId="interview-1" coding={coding} />
      </QueryClientProvider>,
    );
    const section = screen.getByRole('region', { name: 'Coding replay' });
    const article = within(section).getByRole('article', { name: 'Valid palindrome' });
    expect(article).toHaveTextContent('Accepted · 7 of 7 hidden tests passed · score 95');
    expect(await within(article).findByRole('region', { name: 'Code timeline' })).toBeInTheDocument();
  });
});
