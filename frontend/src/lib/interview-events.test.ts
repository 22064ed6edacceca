import { act, renderHook } from '@testing-library/react';

import {
  interviewEventsUrl,
  isInterviewLive,
  reconnectDelay,
  useInterviewEvents,
  type InterviewEvent,
} from './interview-events';
import { createTokenStore } from './token-store';

/** The browser's WebSocket, scripted by the test. */
class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeWebSocket[] = [];

  readyState = FakeWebSocket.CONNECTING;
  sent: string[] = [];
  closedWith: number | undefined;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;

  readonly url: string;

  constructor(url: string) {
    this.url = url;
    FakeWebSocket.instances.push(this);
  }

  send(data: string) {
    this.sent.push(data);
  }

  close(code = 1000) {
    this.closedWith = code;
    this.readyState = FakeWebSocket.CLOSED;
  }

  // What the server does:
  open() {
    this.readyState = FakeWebSocket.OPEN;
    act(() => this.onopen?.(new Event('open')));
  }

  receive(data: unknown) {
    act(() =>
      this.onmessage?.(new MessageEvent('message', { data: typeof data === 'string' ? data : JSON.stringify(data) })),
    );
  }

  drop(code = 1006) {
    this.readyState = FakeWebSocket.CLOSED;
    act(() => this.onclose?.(new CloseEvent('close', { code })));
  }
}

const latest = () => FakeWebSocket.instances.at(-1)!;

function setup({ token = 'access-1', enabled = true } = {}) {
  const tokens = createTokenStore();
  if (token) tokens.set({ accessToken: token, refreshToken: 'refresh-1' });
  const onEvent = vi.fn<(event: InterviewEvent) => void>();
  const view = renderHook(
    (props: { enabled: boolean }) => useInterviewEvents('interview-1', { onEvent, tokens, enabled: props.enabled }),
    {
      initialProps: { enabled },
    },
  );
  return { ...view, tokens, onEvent };
}

beforeEach(() => {
  sessionStorage.clear(); // a token store starts from the tab's saved access token
  FakeWebSocket.instances = [];
  vi.stubGlobal('WebSocket', FakeWebSocket);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('interviewEventsUrl', () => {
  it('puts the socket on the API origin, ws or wss by its scheme, with the token', () => {
    expect(interviewEventsUrl('abc', 't k', 'http://localhost:3000')).toBe(
      'ws://localhost:3000/api/ws/interviews/abc?token=t+k',
    );
    expect(interviewEventsUrl('abc', 'tok', 'https://rehearse.example/')).toBe(
      'wss://rehearse.example/api/ws/interviews/abc?token=tok',
    );
  });

  it('waits longer after each failure, up to 30 s', () => {
    expect(reconnectDelay(0, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 1)).toBe(8000);
    expect(reconnectDelay(10, () => 1)).toBe(30_000);
    expect(reconnectDelay(10, () => 0)).toBe(22_500);
  });
});

describe('useInterviewEvents', () => {
  it('connects with the access token and hands each event to onEvent', () => {
    const { result, onEvent } = setup();

    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(latest().url).toBe('ws://localhost:3000/api/ws/interviews/interview-1?token=access-1');
    expect(isInterviewLive('interview-1')).toBe(false);

    latest().open();
    expect(result.current.status).toBe('open');
    expect(isInterviewLive('interview-1')).toBe(true);

    const event = {
      type: 'analysis_progress',
      interview_id: 'interview-1',
      data: { recording_id: 'r1', status: 'running', progress: 0.5 },
      at: '2026-01-01T00:00:00Z',
    };
    latest().receive(event);
    latest().receive('not json');
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith(event);

    expect(result.current.send({ type: 'ping' })).toBe(true);
    expect(latest().sent).toEqual(['{"type":"ping"}']);
  });

  it('reconnects with backoff when the connection drops', () => {
    vi.useFakeTimers();
    setup();
    latest().open();
    latest().drop();
    expect(isInterviewLive('interview-1')).toBe(false);
    expect(FakeWebSocket.instances).toHaveLength(1);

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(FakeWebSocket.instances).toHaveLength(2);
    latest().drop(); // never opened: the next wait is longer
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(FakeWebSocket.instances).toHaveLength(2);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(FakeWebSocket.instances).toHaveLength(3);
    expect(latest().url).toContain('token=access-1');
  });

  it('waits for a new token after 4401 and gives up after 4404', () => {
    vi.useFakeTimers();
    const { tokens } = setup();
    latest().drop(4401);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(FakeWebSocket.instances).toHaveLength(1);

    act(() => {
      tokens.set({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    });
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(latest().url).toContain('token=access-2');

    latest().drop(4404);
    act(() => {
      tokens.set({ accessToken: 'access-3', refreshToken: 'refresh-3' });
    });
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it('closes on unmount and does not reconnect', () => {
    vi.useFakeTimers();
    const { unmount } = setup();
    const socket = latest();
    socket.open();
    unmount();
    expect(socket.closedWith).toBe(1000);
    expect(isInterviewLive('interview-1')).toBe(false);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('connects only while enabled, and not without a token', () => {
    const { rerender, result } = setup({ enabled: false });
    expect(FakeWebSocket.instances).toHaveLength(0);
    expect(result.current.status).toBe('idle');

    rerender({ enabled: true });
    expect(FakeWebSocket.instances).toHaveLength(1);
    latest().open();
    rerender({ enabled: false });
    expect(latest().closedWith).toBe(1000);
  });

  it('connects once there is an access token', () => {
    const { tokens } = setup({ token: '' });
    expect(FakeWebSocket.instances).toHaveLength(0);

    act(() => {
      tokens.set({ accessToken: 'access-9', refreshToken: 'refresh-9' });
    });
    expect(latest().url).toContain('token=access-9');
  });
});
