import 'fake-indexeddb/auto';

import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import {
  FakeSpeechRecognition,
  installFakeSpeechRecognition,
} from '@/capabilities/avatar/testing/fake-speech-recognition';
import { saveMediaPreferences } from '@/capabilities/recordings/lib/media-preferences';
import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

type Recording = components['schemas']['RecordingRead'];

/** MediaRecorder is a browser API: a stand-in whose parts the test hands out. */
class FakeMediaRecorder extends EventTarget {
  static instances: FakeMediaRecorder[] = [];
  static isTypeSupported = (type: string) => type.startsWith('video/webm');
  state: RecordingState = 'inactive';
  timeslice: number | undefined;
  readonly mimeType: string;

  constructor(_stream: MediaStream, options: MediaRecorderOptions) {
    super();
    this.mimeType = options.mimeType ?? '';
    FakeMediaRecorder.instances.push(this);
  }

  start(timeslice?: number) {
    this.state = 'recording';
    this.timeslice = timeslice;
  }

  emit(bytes = 16) {
    const event = Object.assign(new Event('dataavailable'), { data: new Blob([new Uint8Array(bytes)]) });
    this.dispatchEvent(event);
  }

  requestData() {
    this.emit();
  }

  stop() {
    this.state = 'inactive';
    this.emit(8);
    this.dispatchEvent(new Event('stop'));
  }
}

function fakeStream() {
  const tracks = [
    { kind: 'video', stop: vi.fn() },
    { kind: 'audio', stop: vi.fn() },
  ];
  return {
    getTracks: () => tracks,
    getVideoTracks: () => tracks.slice(0, 1),
    getAudioTracks: () => tracks.slice(1),
  } as unknown as MediaStream;
}

/** The recordings API as the contract has it, keeping what the page sent. */
function serveRecordings(interviewId: string) {
  const chunks: number[] = [];
  const markers: unknown[] = [];
  const finalized: unknown[] = [];
  const recording: Recording = {
    id: '7d5a3a56-3a0e-4d59-9f2c-1f2a3b4c5d6e',
    interview_id: interviewId,
    mime_type: 'video/webm;codecs=vp9,opus',
    source: 'camera',
    status: 'recording',
    storage: 'local',
    received_seqs: [],
    bytes_received: 0,
    total_chunks: null,
    duration_s: null,
    has_video: true,
    max_chunk_bytes: 4 * 1024 * 1024,
    markers: [],
    analysis: { status: 'none', progress: 0, error: null },
    error: null,
    created_at: '2025-03-12T10:00:00Z',
    finalized_at: null,
  };
  server.use(
    http.post('/api/recordings', () => HttpResponse.json(recording, { status: 201 })),
    // The results page lists them; this test is about the room.
    http.get('/api/interviews/:id/recordings', () => HttpResponse.json([])),
    http.get('/api/recordings/:id', () => HttpResponse.json({ ...recording, received_seqs: chunks })),
    http.put('/api/recordings/:id/chunks/:seq', ({ params }) => {
      chunks.push(Number(params.seq));
      return HttpResponse.json({ seq: Number(params.seq), bytes: 16, duplicate: false });
    }),
    http.post('/api/recordings/:id/markers', async ({ request }) => {
      markers.push(await request.json());
      return HttpResponse.json(recording);
    }),
    http.post('/api/recordings/:id/finalize', async ({ request }) => {
      finalized.push(await request.json());
      return HttpResponse.json({ ...recording, status: 'processing' });
    }),
  );
  return { recording, chunks, markers, finalized };
}

beforeEach(() => {
  FakeMediaRecorder.instances = [];
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  // jsdom has no camera: put a stand-in where the browser keeps it.
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: vi.fn(() => Promise.resolve(fakeStream())) },
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:take'), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  installFakeSpeechRecognition();
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

const continuous = () => FakeMediaRecorder.instances[0]!;

describe('interview room in video mode', () => {
  it('records, marks each answer, captions the spoken answer, lets it be re-recorded, and finalizes on finish', async () => {
    const { account } = signIn();
    const questions = buildQuestions(2);
    Object.assign(questions[0]!, { status: 'asked', asked_at: new Date().toISOString() });
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
    );
    saveMediaPreferences({ mode: 'video', videoDeviceId: null, audioDeviceId: null }, interview.id);
    const api = serveRecordings(interview.id);
    const answers = recordJsonBodies('POST', `/api/interviews/${interview.id}/questions/${questions[0]!.id}/answer`);
    const { user, router } = renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByRole('heading', { name: questions[0]!.text })).toBeInTheDocument();
    expect(await screen.findByText('Recording · all parts saved')).toBeInTheDocument();
    expect(screen.getByText('Recording is being saved.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('REC')).toBeInTheDocument();
    expect(screen.getByLabelText('Your camera')).toBeInTheDocument();
    expect(continuous()).toMatchObject({ mimeType: 'video/webm;codecs=vp9,opus', timeslice: 3000 });
    await waitFor(() =>
      expect(api.markers).toEqual([
        { question_id: questions[0]!.id, started_at_s: expect.any(Number) as number, ended_at_s: null },
      ]),
    );

    // Every part the recorder hands out is stored, then sent.
    act(() => continuous().emit());
    await waitFor(() => expect(api.chunks).toEqual([0]));

    // Answer out loud: a take for review, captions into the box.
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    act(() => FakeSpeechRecognition.latest.emit([['I would restart the service', true]]));
    expect(screen.getByLabelText('Your answer')).toHaveValue('I would restart the service');
    await user.click(screen.getByRole('button', { name: 'Stop answering' }));
    expect(await screen.findByLabelText('Your recorded answer')).toHaveAttribute('src', 'blob:take');

    // Re-record: the take and its words (and their timings) go, a new start is marked.
    const base = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(base);
    await user.click(screen.getByRole('button', { name: 'Re-record' }));
    expect(screen.getByLabelText('Your answer')).toHaveValue('');
    await waitFor(() => expect(api.markers).toHaveLength(2));
    // Each phrase is timed from its first interim result to its final one, from the take's start.
    const say = (afterMs: number, results: [string, boolean][], from = 0) => {
      clock.mockReturnValue(base + afterMs);
      act(() => FakeSpeechRecognition.latest.emit(results, from));
    };
    say(500, [['At Acme I led', false]]);
    say(3000, [['At Acme I led the migration to PostgreSQL', true]]);
    say(
      6000,
      [
        ['At Acme I led the migration to PostgreSQL', true],
        ['and cut', false],
      ],
      1,
    );
    say(
      8250,
      [
        ['At Acme I led the migration to PostgreSQL', true],
        ['and cut latency by 40 percent', true],
      ],
      1,
    );
    clock.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Stop answering' }));
    await user.click(screen.getByLabelText('Your answer'));
    await user.paste(' over two weeks.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));

    expect(await screen.findByRole('heading', { name: questions[1]!.text })).toBeInTheDocument();
    expect(answers).toEqual([
      {
        transcript: 'At Acme I led the migration to PostgreSQL and cut latency by 40 percent over two weeks.',
        duration_s: expect.any(Number) as number,
        source: 'browser_stt',
        recording_id: api.recording.id,
        timings: [
          { text: 'At Acme I led the migration to PostgreSQL', start_s: 0.5, end_s: 3 },
          { text: 'and cut latency by 40 percent', start_s: 6, end_s: 8.25 },
        ],
      },
    ]);
    await waitFor(() => expect(api.markers).toHaveLength(4)); // The end of question 1, the start of question 2.
    expect(api.markers[2]).toMatchObject({ question_id: questions[0]!.id, ended_at_s: expect.any(Number) as number });

    await user.click(screen.getAllByRole('button', { name: 'Finish interview' })[0]!);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Finish interview' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}/results`));
    // The last part (flushed on stop) is sent, then the recording is finalized with the count.
    await waitFor(() => expect(api.finalized).toEqual([{ total_chunks: 2, duration_s: expect.any(Number) as number }]));
    expect(api.chunks).toEqual([0, 1]);
    expect(await screen.findByText('Your recording is saved.')).toBeInTheDocument();
  });

  it('answers on camera unless told otherwise, with typing one click away, and never blames the microphone for missing captions', async () => {
    const { account } = signIn();
    const questions = buildQuestions(2);
    Object.assign(questions[0]!, { status: 'asked', asked_at: new Date().toISOString() });
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
    );
    serveRecordings(interview.id);
    const { user } = renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByLabelText('Your camera')).toBeInTheDocument();
    expect(await screen.findByText('Recording · all parts saved')).toBeInTheDocument();

    // The recogniser fails while the microphone records the answer: captions are what is missing.
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    act(() => FakeSpeechRecognition.latest.fail('audio-capture'));
    expect(screen.getByText(/^Live captions are unavailable in this browser\./)).toBeInTheDocument();
    expect(screen.queryByText(/No microphone was found/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop answering' }));
    await user.click(screen.getByLabelText('Your answer'));
    await user.paste('I would check the logs first.');

    // One click to type instead: the camera goes off, the words stay, the choice is this interview's.
    await user.click(screen.getByRole('button', { name: 'Turn off the camera and type' }));
    expect(await screen.findByText('You are typing your answers. Nothing is recorded.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your camera')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start answering' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Your answer')).toHaveValue('I would check the logs first.');
    expect(screen.getByRole('heading', { name: questions[0]!.text })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`rehearse.media.${interview.id}`) ?? '{}')).toMatchObject({ mode: 'typed' });
    expect(localStorage.getItem('rehearse.media.default')).toBeNull();

    // And one click back: the recording carries on.
    await user.click(screen.getByRole('button', { name: 'Use my camera' }));
    expect(await screen.findByLabelText('Your camera')).toBeInTheDocument();
    expect(await screen.findByText('Recording · all parts saved')).toBeInTheDocument();
  });

  it('checks the devices from the start screen, then starts with the chosen mode', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(
      account.email,
      buildInterview({ status: 'scheduled', questions: buildQuestions(2) }),
    );
    const { user, router } = renderApp(`/app/interviews/${interview.id}`);

    // On camera unless chosen otherwise; typing is one click away.
    expect(await screen.findByText(/Answer mode:/)).toHaveTextContent('Answer mode: Video (recorded)');
    await user.click(screen.getByRole('button', { name: 'Type instead' }));
    expect(screen.getByText(/Answer mode:/)).toHaveTextContent('Answer mode: Typed only');
    await user.click(screen.getByRole('link', { name: 'Check camera and microphone' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}/setup`));
    await user.click(await screen.findByRole('radio', { name: /Audio only/ }));
    expect(await screen.findByText('Microphone is working.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Save and go to the interview' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}`));
    expect(await screen.findByText(/Answer mode:/)).toHaveTextContent('Answer mode: Audio only (recorded)');
  });
});
