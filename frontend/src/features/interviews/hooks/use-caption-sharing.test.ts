import { act, renderHook } from '@testing-library/react';

import { tokenStore } from '@/lib/token-store';

import { useCaptionSharing } from './use-caption-sharing';

/** The browser's WebSocket, as far as this hook uses it. */
class FakeWebSocket {
  static readonly OPEN = 1;
  static instances: FakeWebSocket[] = [];
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeWebSocket.instances.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
}

function renderSharing(initial: { text: string; active: boolean }) {
  return renderHook(
    (props: { text: string; active: boolean }) =>
      useCaptionSharing('interview-1', 'question-1', props.text, props.active),
    {
      initialProps: initial,
    },
  );
}

function openSocket() {
  const socket = FakeWebSocket.instances.at(-1)!;
  socket.readyState = FakeWebSocket.OPEN;
  act(() => socket.onopen?.(new Event('open')));
  return socket;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.instances = [];
  vi.stubGlobal('WebSocket', FakeWebSocket);
  tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
});

afterEach(() => {
  tokenStore.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useCaptionSharing', () => {
  it('opens no socket until an answer is being spoken', () => {
    renderSharing({ text: '', active: false });
    expect(FakeWebSocket.instances).toHaveLength(0);
  });

  it('sends what the captions hear, at most twice a second, ending with the latest text', () => {
    const view = renderSharing({ text: '', active: true });
    const socket = openSocket();
    view.rerender({ text: 'I led', active: true });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    view.rerender({ text: 'I led the', active: true });
    view.rerender({ text: 'I led the migration', active: true });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(socket.sent).toEqual([{ type: 'transcript_partial', question_id: 'question-1', text: 'I led' }]);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(socket.sent.at(-1)).toEqual({
      type: 'transcript_partial',
      question_id: 'question-1',
      text: 'I led the migration',
    });
    expect(socket.sent).toHaveLength(2);
  });

  it('closes the socket when the answer stops', () => {
    const view = renderSharing({ text: '', active: true });
    const socket = openSocket();
    view.rerender({ text: 'done', active: false });
    expect(socket.readyState).toBe(3);
  });
});
