import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';

import { env } from '@/config/env';
import { tokenStore, type TokenStore } from '@/lib/token-store';

/** What the server pushes on /api/ws/interviews/{id} (notes/api-contract.md, "Live events"). */
export type InterviewEvent = {
  interview_id: string;
  at: string;
} & (
  | { type: 'question_asked'; data: { question_id: string } }
  | { type: 'transcript_partial'; data: { question_id: string; text: string } }
  | { type: 'answer_evaluated'; data: { question_id: string; answer_id: string } }
  | { type: 'analysis_progress'; data: { recording_id: string; status: string; progress: number } }
  | { type: 'interview_completed'; data: Record<string, never> }
  // Replies to this client only.
  | { type: 'pong' | 'error'; data: Record<string, unknown> }
);

/** What the client may send: its running transcript (rebroadcast to watchers), or a ping. */
export type InterviewClientMessage =
  { type: 'transcript_partial'; question_id: string; text: string } | { type: 'ping' };

export type InterviewEventsStatus = 'idle' | 'connecting' | 'open' | 'closed';

/** Close codes after which reconnecting with the same token is pointless. */
const BAD_TOKEN = 4401;
const NOT_YOURS = 4404;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** ws(s)://host/api/ws/interviews/{id}?token=…, on the API's origin like the HTTP client. */
export function interviewEventsUrl(
  interviewId: string,
  token: string,
  baseUrl = env.API_URL || window.location.origin,
): string {
  const url = new URL(`/api/ws/interviews/${encodeURIComponent(interviewId)}`, baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);
  return url.toString();
}

/** Exponential backoff with jitter (so clients do not reconnect in lockstep after a restart). */
export function reconnectDelay(attempt: number, random = Math.random): number {
  const capped = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(capped * (0.75 + random() * 0.25));
}

function parseEvent(raw: unknown): InterviewEvent | null {
  if (typeof raw !== 'string') return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('type' in value) || typeof value.type !== 'string')
      return null;
    return { data: {}, ...value } as InterviewEvent;
  } catch {
    return null;
  }
}

// Interviews with an open socket: queries poll slowly for them instead of every few seconds.
const openSockets = new Map<string, number>();

function markOpen(interviewId: string, delta: 1 | -1) {
  const count = (openSockets.get(interviewId) ?? 0) + delta;
  if (count > 0) openSockets.set(interviewId, count);
  else openSockets.delete(interviewId);
}

/** Whether live events are arriving for this interview right now (for polling fallbacks). */
export function isInterviewLive(interviewId: string): boolean {
  return openSockets.has(interviewId);
}

interface Options {
  onEvent: (event: InterviewEvent) => void;
  /** On every (re)connection: a chance to refetch what changed while the socket was closed. */
  onOpen?: () => void;
  /** Connect only while something on the page is still changing. */
  enabled?: boolean;
  tokens?: TokenStore;
}

/**
 * Live events of an interview over a WebSocket: reconnects with backoff, waits for a new access
 * token after a 4401, gives up after a 4404, and closes on unmount.
 */
export function useInterviewEvents(
  interviewId: string | undefined,
  { onEvent, onOpen, enabled = true, tokens = tokenStore }: Options,
) {
  const [status, setStatus] = useState<Exclude<InterviewEventsStatus, 'idle'>>('connecting');
  const handleEvent = useEffectEvent((event: InterviewEvent) => onEvent(event));
  const handleOpen = useEffectEvent(() => onOpen?.());
  const socketRef = useRef<WebSocket | null>(null);

  useEffect(() => {
    if (!enabled || !interviewId) return;
    const id = interviewId;
    let socket: WebSocket | null = null;
    let opened = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let rejectedToken: string | null = null;
    let refused = false;

    function connect() {
      timer = undefined;
      const token = tokens.getAccessToken();
      if (!token || token === rejectedToken) return; // Retried when the token store changes.
      const current = new WebSocket(interviewEventsUrl(id, token));
      socket = socketRef.current = current;
      current.onopen = () => {
        opened = true;
        attempt = 0;
        markOpen(id, 1);
        setStatus('open');
        handleOpen();
      };
      current.onmessage = (message: MessageEvent) => {
        const event = parseEvent(message.data);
        if (event) handleEvent(event);
      };
      current.onclose = (close: CloseEvent) => {
        if (opened) markOpen(id, -1);
        opened = false;
        socket = socketRef.current = null;
        setStatus('closed');
        if (close.code === NOT_YOURS) refused = true;
        else if (close.code === BAD_TOKEN) rejectedToken = token;
        else timer = setTimeout(connect, reconnectDelay(attempt++));
      };
    }

    const unsubscribe = tokens.subscribe(() => {
      if (!socket && timer === undefined && !refused) connect();
    });
    connect();
    return () => {
      clearTimeout(timer);
      unsubscribe();
      socketRef.current = null;
      if (!socket) return;
      socket.onopen = socket.onmessage = socket.onclose = null;
      if (opened) markOpen(id, -1);
      socket.close(1000, 'unmounted');
    };
  }, [interviewId, enabled, tokens]);

  /** Sends when the socket is open; false otherwise (the message is dropped, not queued). */
  const send = useCallback((message: InterviewClientMessage) => {
    const socket = socketRef.current;
    if (socket?.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  }, []);

  return { status: enabled && interviewId ? status : ('idle' as const), send };
}
