import { ApiError, errorMessage } from '@/lib/api-error';

import type { Recording } from '../api/get-recording';
import { backoffDelay } from './backoff';
import type { ChunkStore, RecordingSession } from './chunk-store';
import { containerType } from './mime-type';
import { hasCode, isNetworkError, isRetryable, missingSeqs } from './upload-errors';

export interface UploadTransport {
  putChunk: (recordingId: string, seq: number, data: ArrayBuffer) => Promise<unknown>;
  getRecording: (recordingId: string) => Promise<Pick<Recording, 'status' | 'received_seqs'>>;
  finalize: (input: {
    recordingId: string;
    totalChunks: number;
    durationS?: number;
  }) => Promise<Pick<Recording, 'storage'>>;
  /** Cloudinary storage: post the assembled file to the video host, then tell the server. */
  uploadToCloud?: (recordingId: string, file: Blob, onProgress: (fraction: number) => void) => Promise<void>;
}

export interface UploadSnapshot {
  /** Parts kept in this browser that the server has not acknowledged yet. */
  pending: number;
  uploading: boolean;
  /** The last try failed; another is scheduled. */
  retrying: boolean;
  offline: boolean;
  /** Recordings waiting to be (or being) finalized. */
  finalizing: number;
  /** 0..1 while the finished file goes to the video host. */
  cloudProgress: number | null;
  /** A problem retrying will not fix; the parts stay in this browser. */
  error: string | null;
}

interface QueueOptions {
  store: ChunkStore;
  transport: UploadTransport;
  random?: () => number;
}

const MAX_RESEND_ROUNDS = 3;
type Step = 'next' | 'retry';

/** Sends stored recording parts in order, retrying with backoff; deletes a part only once the server has it. */
export function createUploadQueue({ store, transport, random = Math.random }: QueueOptions) {
  const pending = new Map<string, Set<number>>();
  const sessions = new Map<string, RecordingSession>();
  const blocked = new Map<string, string>();
  const resendRounds = new Map<string, number>();
  const finalizeWaiters = new Map<string, Array<{ resolve: () => void; reject: (error: Error) => void }>>();
  const listeners = new Set<() => void>();
  let state = { uploading: false, retrying: false, offline: false, cloudProgress: null as number | null };
  let snapshot = computeSnapshot();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;

  function computeSnapshot(): UploadSnapshot {
    const count = [...pending].reduce((sum, [id, seqs]) => sum + (blocked.has(id) ? 0 : seqs.size), 0);
    const finalizing = [...sessions.values()].filter(
      (session) => session.finalize && !blocked.has(session.recordingId),
    ).length;
    const error = blocked.size > 0 ? [...blocked.values()][0]! : null;
    return { pending: count, ...state, finalizing, error };
  }

  function emit(patch: Partial<typeof state> = {}) {
    state = { ...state, ...patch };
    snapshot = computeSnapshot();
    listeners.forEach((listener) => listener());
  }

  function addPending(recordingId: string, seqs: number[]) {
    const set = pending.get(recordingId) ?? new Set<number>();
    seqs.forEach((seq) => set.add(seq));
    pending.set(recordingId, set);
  }

  async function session(recordingId: string) {
    const cached = sessions.get(recordingId) ?? (await store.getSession(recordingId));
    if (cached) sessions.set(recordingId, cached);
    return cached;
  }

  function block(recordingId: string, message: string) {
    blocked.set(recordingId, message);
    finalizeWaiters.get(recordingId)?.forEach(({ reject }) => reject(new Error(message)));
    finalizeWaiters.delete(recordingId);
    emit();
  }

  function onFailure(error: unknown, recordingId: string): Step {
    if (isRetryable(error)) {
      emit({ offline: isNetworkError(error) || (typeof navigator !== 'undefined' && !navigator.onLine) });
      return 'retry';
    }
    block(recordingId, errorMessage(error));
    return 'next';
  }

  async function sendChunk(recordingId: string, seq: number): Promise<Step> {
    const chunk = await store.getChunk(recordingId, seq);
    if (chunk && !chunk.uploaded) {
      emit({ uploading: true });
      try {
        await transport.putChunk(recordingId, seq, chunk.data); // A duplicate is a success too.
      } catch (error) {
        return onFailure(error, recordingId);
      } finally {
        emit({ uploading: false });
      }
      // Cloudinary: the browser uploads the whole file after finalize, so it keeps the bytes until then.
      if ((await session(recordingId))?.storage === 'cloudinary') await store.markUploaded(recordingId, seq);
      else await store.deleteChunk(recordingId, seq);
    }
    pending.get(recordingId)?.delete(seq);
    emit({ offline: false });
    return 'next';
  }

  /** 409 `recording_incomplete`: mark the missing parts for sending again, if this browser still has them. */
  async function resendMissing(recordingId: string, missing: number[]): Promise<Step> {
    const rounds = (resendRounds.get(recordingId) ?? 0) + 1;
    resendRounds.set(recordingId, rounds);
    const stored = new Map((await store.listChunks(recordingId)).map((chunk) => [chunk.seq, chunk]));
    const lost = missing.filter((seq) => !stored.has(seq));
    if (lost.length > 0 || rounds > MAX_RESEND_ROUNDS) {
      block(recordingId, `${lost.length || missing.length} parts of the recording never reached the server.`);
      return 'next';
    }
    for (const seq of missing) {
      const chunk = stored.get(seq)!;
      if (chunk.uploaded) await store.putChunk({ ...chunk, uploaded: false });
    }
    addPending(recordingId, missing);
    return 'next';
  }

  async function closedOnServer(recordingId: string): Promise<boolean> {
    try {
      return (await transport.getRecording(recordingId)).status !== 'recording';
    } catch {
      return false;
    }
  }

  async function uploadToCloud(recordingId: string, current: RecordingSession) {
    const chunks = await store.listChunks(recordingId);
    const file = new Blob(
      chunks.map((chunk) => chunk.data),
      { type: containerType(current.mimeType) },
    );
    emit({ cloudProgress: 0 });
    try {
      await transport.uploadToCloud!(recordingId, file, (fraction) => emit({ cloudProgress: fraction }));
    } finally {
      emit({ cloudProgress: null });
    }
  }

  async function finalize(recordingId: string, current: RecordingSession): Promise<Step> {
    const intent = current.finalize!;
    try {
      let storage = current.storage;
      if (!intent.finalized) {
        ({ storage } = await transport.finalize({
          recordingId,
          totalChunks: intent.totalChunks,
          durationS: intent.durationS,
        }));
        const finalized = { ...current, storage, finalize: { ...intent, finalized: true } };
        sessions.set(recordingId, finalized);
        await store.putSession(finalized);
      }
      if (storage === 'cloudinary' && transport.uploadToCloud) await uploadToCloud(recordingId, current);
    } catch (error) {
      if (hasCode(error, 'recording_incomplete')) return resendMissing(recordingId, missingSeqs(error));
      if (!(error instanceof ApiError && error.status === 409 && (await closedOnServer(recordingId))))
        return onFailure(error, recordingId);
      // Finalized by an earlier page that closed before it could tidy up.
    }
    await store.deleteRecording(recordingId);
    sessions.delete(recordingId);
    pending.delete(recordingId);
    finalizeWaiters.get(recordingId)?.forEach(({ resolve }) => resolve());
    finalizeWaiters.delete(recordingId);
    emit();
    return 'next';
  }

  /** The next thing to do: the lowest pending part of any recording, else a finalize that is due. */
  async function step(): Promise<Step | 'idle'> {
    for (const [recordingId, seqs] of pending) {
      if (blocked.has(recordingId) || seqs.size === 0) continue;
      return sendChunk(recordingId, Math.min(...seqs));
    }
    for (const current of sessions.values()) {
      if (!current.finalize || blocked.has(current.recordingId)) continue;
      if ((pending.get(current.recordingId)?.size ?? 0) > 0) continue;
      return finalize(current.recordingId, current);
    }
    return 'idle';
  }

  async function pump() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      for (;;) {
        again = false;
        const result = await step();
        if (result === 'retry') {
          attempt += 1;
          emit({ retrying: true });
          timer = setTimeout(kick, backoffDelay(attempt, random));
          return;
        }
        attempt = 0;
        if (state.retrying) emit({ retrying: false });
        if (result === 'idle' && !again) return;
      }
    } finally {
      running = false;
    }
  }

  /** Try now, even while waiting out a backoff. */
  function kick() {
    if (timer) clearTimeout(timer);
    timer = null;
    void pump();
  }

  /** New work: start unless a backoff is running (its timer will pick the work up). */
  function nudge() {
    if (!timer) void pump();
  }

  const onOnline = () => kick();
  const onOffline = () => emit({ offline: true });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** Starts (or, after a reload, continues) a session for a recording the server returned. */
    async openSession(recording: Recording): Promise<RecordingSession> {
      const held = recording.received_seqs;
      const afterHeld = held.length > 0 ? Math.max(...held) + 1 : 0;
      const markedS = Math.max(0, ...recording.markers.map((marker) => marker.ended_at_s ?? marker.started_at_s));
      const existing = await store.getSession(recording.id);
      const opened: RecordingSession = {
        recordingId: recording.id,
        interviewId: recording.interview_id,
        mimeType: recording.mime_type,
        storage: recording.storage,
        maxChunkBytes: recording.max_chunk_bytes,
        nextSeq: Math.max(existing?.nextSeq ?? 0, afterHeld), // Never reuse a seq the server holds: it would be dropped as a duplicate.
        recordedS: existing?.recordedS ?? markedS,
        finalize: existing?.finalize ?? null,
      };
      await store.putSession(opened);
      sessions.set(recording.id, opened);
      return opened;
    },

    /** Persists `blob` as the next part(s), then sends it. Resolves once it is safely stored. */
    async append(recordingId: string, blob: Blob, recordedS: number): Promise<number[]> {
      const seqs = await store.append(recordingId, blob, recordedS);
      const cached = sessions.get(recordingId);
      if (cached)
        sessions.set(recordingId, { ...cached, nextSeq: Math.max(cached.nextSeq, seqs.at(-1)! + 1), recordedS });
      addPending(recordingId, seqs);
      emit();
      nudge();
      return seqs;
    },

    /** After the last part is stored: finalize once every part is on the server. Survives a reload. */
    async requestFinalize(recordingId: string, durationS: number): Promise<void> {
      const stored = await store.getSession(recordingId);
      if (!stored) throw new Error(`No recording session ${recordingId} in this browser.`);
      const problem = blocked.get(recordingId);
      if (problem) throw new Error(problem);
      const requested = { ...stored, finalize: stored.finalize ?? { totalChunks: stored.nextSeq, durationS } };
      await store.putSession(requested);
      sessions.set(recordingId, requested);
      const done = new Promise<void>((resolve, reject) => {
        finalizeWaiters.set(recordingId, [...(finalizeWaiters.get(recordingId) ?? []), { resolve, reject }]);
      });
      emit();
      nudge();
      return done;
    },

    /** On page load: send whatever a closed tab left behind, skipping parts the server already has. */
    async resume(): Promise<void> {
      for (const stored of await store.listSessions()) {
        sessions.set(stored.recordingId, stored);
        const seqs = await store.pendingSeqs(stored.recordingId);
        if (seqs.length === 0) continue;
        let held = new Set<number>();
        try {
          held = new Set((await transport.getRecording(stored.recordingId)).received_seqs);
        } catch (error) {
          if (error instanceof ApiError && error.status === 404)
            block(stored.recordingId, 'This recording no longer exists on the server.');
        }
        for (const seq of seqs.filter((each) => held.has(each))) {
          if (stored.storage === 'cloudinary') await store.markUploaded(stored.recordingId, seq);
          else await store.deleteChunk(stored.recordingId, seq);
        }
        addPending(
          stored.recordingId,
          seqs.filter((seq) => !held.has(seq)),
        );
      }
      emit();
      kick();
    },

    /** Try now instead of waiting for the backoff. */
    retryNow: kick,

    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      listeners.clear();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
    },
  };
}

export type UploadQueue = ReturnType<typeof createUploadQueue>;
