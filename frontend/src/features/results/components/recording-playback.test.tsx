import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/server';

import { buildRecording, buildTranscript, recordingHandlers } from '../testing/recording-fixtures';
import { RecordingPlayback } from './recording-playback';

const CHAPTERS = [
  { question_id: 'q1', title: 'Tell me about a failure.' },
  { question_id: 'q2', title: 'Production is down. What do you do?' },
];

function renderPlayback(...handlers: Parameters<typeof recordingHandlers>) {
  server.use(...recordingHandlers(...handlers));
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <RecordingPlayback interviewId="interview-1" />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup() };
}

function findVideo() {
  return screen.findByLabelText<HTMLVideoElement>('Your interview recording');
}

function timeUpdate(video: HTMLVideoElement, seconds: number) {
  video.currentTime = seconds;
  fireEvent(video, new Event('timeupdate'));
}

let play: ReturnType<typeof vi.fn>;

beforeEach(() => {
  play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

describe('RecordingPlayback', () => {
  it('plays the signed URL beside the transcript, marking the line being played', async () => {
    renderPlayback({ recordings: [buildRecording()], transcript: buildTranscript(CHAPTERS) });
    const video = await findVideo();
    expect(video).toHaveAttribute('src', 'http://localhost:3000/api/recordings/rec-1/media?expires=1&signature=abc');
    expect(video).toHaveAttribute('controls');

    const transcript = within(await screen.findByRole('list', { name: 'Transcript' }));
    const line = (text: string) => transcript.getByRole('button', { name: new RegExp(text) });
    expect(transcript.queryByRole('button', { current: true })).toBeInTheDocument(); // 0 s: the first line
    expect(line('Thanks for having me')).toHaveAttribute('aria-current', 'true');

    timeUpdate(video, 5);
    expect(line('Our deploys failed')).toHaveAttribute('aria-current', 'true');
    expect(line('Thanks for having me')).not.toHaveAttribute('aria-current');

    timeUpdate(video, 12.5); // between lines: none is marked
    expect(transcript.queryByRole('button', { current: true })).not.toBeInTheDocument();
  });

  it('plays from a line, or from a chapter, when it is chosen', async () => {
    const { user } = renderPlayback({ recordings: [buildRecording()], transcript: buildTranscript(CHAPTERS) });
    const video = await findVideo();

    await user.click(await screen.findByRole('button', { name: 'Play from 0:15 I would start with the logs.' }));
    expect(video.currentTime).toBe(15);
    expect(play).toHaveBeenCalledTimes(1);

    const chapters = within(screen.getByRole('navigation', { name: 'Chapters' }));
    await user.click(chapters.getByRole('button', { name: 'Q1: Tell me about a failure., from 0:00' }));
    expect(video.currentTime).toBe(0);
    await user.click(chapters.getByRole('button', { name: /^Q2: Production is down/ }));
    expect(video.currentTime).toBe(15);
    expect(play).toHaveBeenCalledTimes(3);

    timeUpdate(video, 16);
    expect(chapters.getByRole('button', { name: /^Q2:/ })).toHaveAttribute('aria-current', 'true');
  });

  it('takes a fresh link when the current one has expired, and resumes where it was', async () => {
    let issued = 0;
    renderPlayback({ recordings: [buildRecording()] });
    server.use(
      http.get('/api/recordings/:id/playback', () => {
        issued += 1;
        return HttpResponse.json({
          url: `/api/recordings/rec-1/media?signature=${issued}`,
          expires_at: new Date(Date.now() + 600_000).toISOString(),
          mime_type: 'video/webm',
        });
      }),
    );
    const video = await findVideo();
    expect(video.src).toMatch(/signature=1$/);

    timeUpdate(video, 12);
    Object.defineProperty(video, 'paused', { configurable: true, value: false });
    fireEvent.error(video); // the signed link expired mid-playback
    await waitFor(() => expect(video.src).toMatch(/signature=2$/));

    video.currentTime = 0; // a new source starts from the beginning
    fireEvent.loadedMetadata(video);
    expect(video.currentTime).toBe(12);
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('says so when the interview was not recorded', async () => {
    renderPlayback({ recordings: [] });
    expect(await screen.findByText('This interview was not recorded')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your interview recording')).not.toBeInTheDocument();
  });

  it('shows the video being prepared, with how much of it has arrived', async () => {
    renderPlayback({ recordings: [buildRecording({ status: 'recording', total_chunks: 4, received_seqs: [0, 1] })] });
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Preparing your video…');
    expect(within(status).getByRole('progressbar', { name: 'Recording received' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
  });

  it('prefers the newest ready or processing recording, and explains a failed one', async () => {
    renderPlayback({
      recordings: [
        buildRecording({ id: 'rec-3', status: 'failed', error: 'x' }),
        buildRecording({ id: 'rec-2', status: 'processing', total_chunks: null }),
      ],
    });
    expect(await screen.findByText('Preparing your video…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says why a recording failed', async () => {
    renderPlayback({ recordings: [buildRecording({ status: 'failed', error: 'The video file is corrupt.' })] });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your recording could not be processed: The video file is corrupt.',
    );
  });

  it('deletes the recording after confirming, and says it is gone', async () => {
    const { user } = renderPlayback({ recordings: [buildRecording()], transcript: buildTranscript(CHAPTERS) });
    await findVideo();
    await user.click(screen.getByRole('button', { name: 'Delete recording' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this recording?' });
    expect(dialog).toHaveTextContent('Your scores and written feedback stay.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete recording' }));
    expect(await screen.findByText('You deleted the recording of this interview.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your interview recording')).not.toBeInTheDocument();
  });

  it('offers to delete a recording that could not be processed', async () => {
    renderPlayback({
      recordings: [buildRecording({ status: 'failed', error: 'The recording could not be decoded.' })],
    });
    expect(await screen.findByText(/could not be decoded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete recording' })).toBeInTheDocument();
  });
});
