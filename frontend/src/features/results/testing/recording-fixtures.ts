import { http, HttpResponse } from 'msw';

import type {
  Chapter,
  DeliveryReport,
  Recording,
  RecordingAnalytics,
  RecordingTranscript,
} from '../api/recording-types';

/** Recording-side shapes of notes/api-contract.md, for the results tests. */
export function buildRecording(overrides: Partial<Recording> = {}): Recording {
  return {
    id: 'rec-1',
    interview_id: 'interview-1',
    mime_type: 'video/webm',
    source: 'camera',
    has_video: true,
    status: 'ready',
    storage: 'local',
    received_seqs: [0, 1, 2],
    bytes_received: 3_000_000,
    total_chunks: 3,
    duration_s: 30,
    max_chunk_bytes: 5_000_000,
    markers: [],
    analysis: { status: 'done', progress: 1, error: null },
    error: null,
    created_at: '2026-01-01T10:00:00Z',
    finalized_at: '2026-01-01T10:10:00Z',
    ...overrides,
  };
}

export function buildTranscript(chapters: Pick<Chapter, 'question_id' | 'title'>[] = []): RecordingTranscript {
  return {
    source: 'server_stt',
    lines: [
      { question_id: chapters[0]?.question_id ?? null, start_s: 0, end_s: 4, text: 'Thanks for having me.' },
      { question_id: chapters[0]?.question_id ?? null, start_s: 4, end_s: 11, text: 'Our deploys failed every week.' },
      { question_id: chapters[1]?.question_id ?? null, start_s: 15, end_s: 22, text: 'I would start with the logs.' },
    ],
    chapters: chapters.map((chapter, index) => ({
      ...chapter,
      position: index + 1,
      start_s: index * 15,
      end_s: index * 15 + 14,
    })),
  };
}

export function buildReport(overrides: Partial<DeliveryReport> = {}): DeliveryReport {
  return {
    duration_s: 30,
    speaking: { words: 70, words_per_minute: 142, speaking_time_s: 20, speaking_ratio: 0.67 },
    fillers: { count: 3, per_minute: 6, top: [{ word: 'um', count: 2 }] },
    pauses: { threshold_s: 2, count_long: 1, longest_s: 3.5, items: [{ start_s: 11, end_s: 14.5 }] },
    loudness: { mean_dbfs: -21.4, variation_db: 6.2 },
    video: {
      available: true,
      frames_sampled: 30,
      face_visible_ratio: 0.95,
      looking_at_camera_ratio: 0.72,
      smiling_ratio: 0.2,
    },
    cards: [
      { key: 'pace', label: 'Pace', value: '142 wpm', status: 'good', hint: 'A comfortable pace to follow.' },
      {
        key: 'fillers',
        label: 'Filler words',
        value: '6 per minute',
        status: 'improve',
        hint: 'Pause instead of saying “um”.',
      },
      {
        key: 'eye_contact',
        label: 'Eye contact',
        value: '72%',
        status: 'ok',
        hint: 'Look at the camera a little more.',
      },
    ],
    timeline: Array.from({ length: 30 }, (_, t) => ({
      t_s: t,
      loudness_dbfs: -20 - (t % 5),
      speaking: t < 11 || t > 15,
      face: true,
      looking: t % 4 !== 0,
      smiling: false,
    })),
    per_question: [],
    ...overrides,
  };
}

interface RecordingApi {
  recordings?: Recording[];
  transcript?: RecordingTranscript;
  analytics?: RecordingAnalytics | (() => RecordingAnalytics);
}

/** MSW handlers answering the recording endpoints from the given state. */
export function recordingHandlers({ recordings = [], transcript = buildTranscript(), analytics }: RecordingApi = {}) {
  let stored = [...recordings];
  return [
    http.get('/api/interviews/:id/recordings', () => HttpResponse.json(stored)),
    http.delete('/api/recordings/:id', ({ params }) => {
      const found = stored.some((recording) => recording.id === String(params.id));
      if (!found)
        return HttpResponse.json(
          { error: { code: 'recording_not_found', message: 'Recording not found.', details: null } },
          { status: 404 },
        );
      stored = stored.filter((recording) => recording.id !== String(params.id));
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/recordings/:id/playback', ({ params }) =>
      HttpResponse.json({
        url: `/api/recordings/${String(params.id)}/media?expires=1&signature=abc`,
        expires_at: new Date(Date.now() + 600_000).toISOString(),
        mime_type: 'video/webm',
      }),
    ),
    http.get('/api/recordings/:id/transcript', () => HttpResponse.json(transcript)),
    http.get('/api/recordings/:id/analytics', () => {
      const current = typeof analytics === 'function' ? analytics() : analytics;
      return HttpResponse.json(current ?? { status: 'done', progress: 1, error: null, report: buildReport() });
    }),
  ];
}
