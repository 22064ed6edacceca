import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';

import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/server';

import type { RecordingAnalytics } from '../api/recording-types';
import { buildRecording, buildReport, recordingHandlers } from '../testing/recording-fixtures';
import { DeliveryAnalytics } from './delivery-analytics';

const LABELS = new Map([
  ['q1', { position: 1, text: 'Tell me about a failure.' }],
  ['q2', { position: 2, text: 'Production is down. What do you do?' }],
]);

function renderAnalytics(analytics: RecordingAnalytics | (() => RecordingAnalytics), recording = buildRecording()) {
  server.use(...recordingHandlers({ recordings: [recording], analytics }));
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <DeliveryAnalytics interviewId="interview-1" recording={recording} labels={LABELS} />
    </QueryClientProvider>,
  );
}

const done = (report = buildReport()): RecordingAnalytics => ({ status: 'done', progress: 1, error: null, report });

describe('DeliveryAnalytics', () => {
  it('shows each measure with its verdict in words and a tip', async () => {
    renderAnalytics(done());

    const cards = within(await screen.findByRole('list', { name: 'Delivery measures' })).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByRole('heading', { name: 'Pace' })).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('142 wpm');
    expect(cards[0]).toHaveTextContent('Good');
    expect(cards[0]).toHaveTextContent('A comfortable pace to follow.');
    expect(cards[1]).toHaveTextContent('To improve');
    expect(cards[1]).toHaveTextContent('Pause instead of saying “um”.');
    expect(cards[2]).toHaveTextContent('Okay');
    expect(screen.getByRole('status')).toHaveTextContent('Delivery analysis is ready.');
  });

  it('describes the timeline in words, and breaks delivery down by question', async () => {
    renderAnalytics(
      done(
        buildReport({
          per_question: [
            {
              question_id: 'q1',
              start_s: 0,
              end_s: 14,
              words: 40,
              words_per_minute: 171.4,
              filler_count: 2,
              long_pauses: 1,
            },
            {
              question_id: 'q2',
              start_s: 15,
              end_s: 29,
              words: 30,
              words_per_minute: null,
              filler_count: 0,
              long_pauses: 0,
            },
          ],
        }),
      ),
    );

    const figure = await screen.findByRole('figure');
    expect(figure).toHaveAccessibleName(/you were speaking 67% of the time/);
    expect(figure).toHaveAccessibleName(/There was 1 pause longer than 2 s, the longest 3.5 s\./);
    expect(figure).toHaveAccessibleName(/You looked at the camera 72% of the time/);

    const rows = within(screen.getByRole('table', { name: 'Delivery by question' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Q1\s*Tell me about a failure\.\s*0:00–0:14\s*171\s*2\s*1/);
    expect(rows[2]).toHaveTextContent(/Q2.*—\s*0\s*0$/);
  });

  it('says video metrics are unavailable for an audio-only recording', async () => {
    const report = buildReport({
      video: {
        available: false,
        frames_sampled: 0,
        face_visible_ratio: 0,
        looking_at_camera_ratio: 0,
        smiling_ratio: 0,
      },
    });
    renderAnalytics(done(report), buildRecording({ mime_type: 'audio/webm', has_video: false }));

    expect(
      await screen.findByText(/This recording has sound only, so video metrics .* are unavailable\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure')).not.toHaveAccessibleName(/camera/);
  });

  it('shows the analysis progress, then the report when it is done', async () => {
    let current: RecordingAnalytics = { status: 'running', progress: 0.4, error: null, report: null };
    renderAnalytics(() => current);

    expect(await screen.findByRole('progressbar', { name: 'Delivery analysis' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(screen.getByText('Analysing your delivery…')).toBeInTheDocument();

    current = done();
    // Polled every 2 s while running (no live events here).
    expect(await screen.findByRole('list', { name: 'Delivery measures' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says why the analysis failed', async () => {
    renderAnalytics({ status: 'failed', progress: 0.2, error: 'No audio track.', report: null });
    expect(await screen.findByRole('alert')).toHaveTextContent('The delivery analysis failed: No audio track.');
  });
});
