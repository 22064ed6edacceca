import 'fake-indexeddb/auto';

import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { createQueryClient } from '@/lib/query-client';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';

import { useScreenShare } from '../hooks/use-screen-share';
import { ScreenShareToggle } from './screen-share-toggle';

type Recording = components['schemas']['RecordingRead'];

/** MediaRecorder is a browser API: a stand-in that hands out one part when stopped. */
class FakeMediaRecorder extends EventTarget {
  static isTypeSupported = (type: string) => type.startsWith('video/webm');
  state: RecordingState = 'inactive';
  constructor(_stream: MediaStream, _options: MediaRecorderOptions) {
    super();
  }
  start() {
    this.state = 'recording';
  }
  requestData() {}
  stop() {
    this.state = 'inactive';
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([new Uint8Array(8)]) }));
    this.dispatchEvent(new Event('stop'));
  }
}

/** A shared screen: one video track the browser can end ("Stop sharing"). */
function fakeDisplay() {
  const track = Object.assign(new EventTarget(), { kind: 'video', stop: vi.fn() });
  const stream = {
    getTracks: () => [track],
    getVideoTracks: () => [track],
    getAudioTracks: () => [],
  } as unknown as MediaStream;
  return { stream, track };
}

function stubDisplayMedia(answer: MediaStream | DOMException | null) {
  const getDisplayMedia = vi.fn(() =>
    answer instanceof DOMException ? Promise.reject(answer) : Promise.resolve(answer),
  );
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: answer === null ? {} : { getDisplayMedia },
  });
  return getDisplayMedia;
}

function serveRecordings() {
  const recording: Recording = {
    id: '1b0e15a9-3a0e-4d59-9f2c-1f2a3b4c5d6e',
    interview_id: 'int-1',
    mime_type: 'video/webm;codecs=vp9,opus',
    source: 'screen',
    status: 'recording',
    storage: 'local',
    received_seqs: [],
    bytes_received: 0,
    total_chunks: null,
    duration_s: null,
    has_video: null,
    max_chunk_bytes: 4 * 1024 * 1024,
    markers: [],
    analysis: { status: 'none', progress: 0, error: null },
    error: null,
    created_at: '2026-12-03T10:00:00Z',
    finalized_at: null,
  };
  const chunks: number[] = [];
  server.use(
    http.post('/api/recordings', () => HttpResponse.json(recording, { status: 201 })),
    http.get('/api/recordings/:id', () => HttpResponse.json({ ...recording, received_seqs: chunks })),
    http.put('/api/recordings/:id/chunks/:seq', ({ params }) => {
      chunks.push(Number(params.seq));
      return HttpResponse.json({ seq: Number(params.seq), bytes: 8, duplicate: false });
    }),
    http.post('/api/recordings/:id/finalize', () => HttpResponse.json({ ...recording, status: 'processing' })),
  );
  return {
    created: recordJsonBodies('POST', '/api/recordings'),
    finalized: recordJsonBodies('POST', `/api/recordings/${recording.id}/finalize`),
  };
}

function Room() {
  const share = useScreenShare('int-1');
  return <ScreenShareToggle share={share} />;
}

function renderToggle() {
  const queryClient = createQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <Room />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => vi.stubGlobal('MediaRecorder', FakeMediaRecorder));

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('Share screen', () => {
  it('records the shared screen as its own recording, and finalizes it when the browser stops sharing', async () => {
    const display = fakeDisplay();
    const getDisplayMedia = stubDisplayMedia(display.stream);
    const api = serveRecordings();
    const user = renderToggle();
    const toggle = screen.getByRole('button', { name: 'Share screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(getDisplayMedia).toHaveBeenCalledWith({ video: true, audio: false });
    expect(await screen.findByText('Your screen is being recorded')).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(api.created).toEqual([{ interview_id: 'int-1', mime_type: 'video/webm;codecs=vp9,opus', source: 'screen' }]);

    // The browser's own "Stop sharing" bar ends the track.
    act(() => {
      display.track.dispatchEvent(new Event('ended'));
    });
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'false'));
    await waitFor(() => expect(api.finalized).toEqual([expect.objectContaining({ total_chunks: 1 })]), {
      timeout: 5000,
    });
    expect(screen.queryByText('Your screen is being recorded')).not.toBeInTheDocument();
  });

  it('says sharing is optional when the candidate refuses, and records nothing', async () => {
    stubDisplayMedia(new DOMException('Permission denied', 'NotAllowedError'));
    const api = serveRecordings();
    const user = renderToggle();
    await user.click(screen.getByRole('button', { name: 'Share screen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The screen was not shared: you cancelled, or the browser blocked it. Sharing is optional',
    );
    expect(screen.getByRole('button', { name: 'Share screen' })).toHaveAttribute('aria-pressed', 'false');
    expect(api.created).toEqual([]);
  });

  it('says so when the browser cannot share a screen at all', async () => {
    stubDisplayMedia(null);
    renderToggle();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share screen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot share your screen here.');
  });
});
