import 'fake-indexeddb/auto';

import { tokenStore } from '@/lib/token-store';

import type { Recording } from '../api/get-recording';
import { createChunkStore, type ChunkStore } from './chunk-store';
import { apiTransport } from './recording-uploads';
import { createUploadQueue, type UploadQueue } from './upload-queue';

const RECORDING_ID = 'rec-1';

function buildRecording(overrides: Partial<Recording> = {}): Recording {
  return {
    id: RECORDING_ID,
    interview_id: 'int-1',
    mime_type: 'video/webm;codecs=vp9,opus',
    source: 'camera',
    status: 'recording',
    storage: 'local',
    received_seqs: [],
    bytes_received: 0,
    total_chunks: null,
    duration_s: null,
    max_chunk_bytes: 1024 * 1024,
    markers: [],
    analysis: { status: 'none', progress: 0, error: null },
    has_video: true,
    error: null,
    created_at: '2025-03-12T10:00:00Z',
    finalized_at: null,
    ...overrides,
  };
}

type Reply = Response | Error | (() => Promise<Response>);

/** A fetch double playing the recordings API: it keeps the parts it was sent, like the server would. */
function fakeServer() {
  const held = new Map<number, number>();
  const chunkReplies: Reply[] = [];
  const finalizeReplies: Reply[] = [];
  const calls: string[] = [];
  const finalizeBodies: unknown[] = [];
  let recording = buildRecording();
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  const fetchDouble = vi.fn(async (request: Request) => {
    const { pathname } = new URL(request.url);
    calls.push(`${request.method} ${pathname}`);
    const chunk = /\/chunks\/(\d+)$/.exec(pathname);
    if (request.method === 'PUT' && chunk) {
      const reply = chunkReplies.shift();
      if (reply instanceof Error) throw reply;
      if (reply) return typeof reply === 'function' ? reply() : reply;
      const seq = Number(chunk[1]);
      const bytes = (await request.arrayBuffer()).byteLength;
      const duplicate = held.has(seq);
      held.set(seq, bytes);
      return json({ seq, bytes, duplicate });
    }
    if (request.method === 'GET') return json({ ...recording, received_seqs: [...held.keys()] });
    if (pathname.endsWith('/finalize')) {
      const reply = finalizeReplies.shift();
      if (reply instanceof Error) throw reply;
      if (reply) return typeof reply === 'function' ? reply() : reply;
      const body = (await request.json()) as { total_chunks: number };
      finalizeBodies.push(body);
      const total = body.total_chunks;
      const missing = Array.from({ length: total }, (_, seq) => seq).filter((seq) => !held.has(seq));
      if (missing.length > 0) {
        return json(
          { error: { code: 'recording_incomplete', message: 'Parts are missing.', details: { missing } } },
          409,
        );
      }
      recording = { ...recording, status: 'processing', total_chunks: total };
      return json(recording);
    }
    return json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
  });
  vi.stubGlobal('fetch', fetchDouble);
  return {
    held,
    chunkReplies,
    finalizeReplies,
    calls,
    finalizeBodies,
    fetchDouble,
    json,
    setRecording: (next: Recording) => (recording = next),
  };
}

const unavailable = () => new Response('', { status: 503 });
const blob = (bytes: number) => new Blob([new Uint8Array(bytes).fill(7)]);

// Node's, which the fake timers leave alone (the tests fake setTimeout only).
const { setImmediate } = globalThis as unknown as { setImmediate: (callback: () => void) => void };

/** Let IndexedDB (which runs on setImmediate) and the queue's promises settle. */
async function settle(rounds = 30) {
  for (let round = 0; round < rounds; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

let dbCount = 0;
let dbName = '';
let store: ChunkStore;
let queue: UploadQueue;

function newQueue(overrides: Partial<typeof apiTransport> = {}) {
  store = createChunkStore(dbName);
  queue = createUploadQueue({ store, transport: { ...apiTransport, ...overrides }, random: () => 0.5 });
  return queue;
}

beforeEach(() => {
  dbCount += 1;
  dbName = `recordings-test-${dbCount}`;
  tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
});

afterEach(async () => {
  queue.dispose();
  await store.close();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('upload queue', () => {
  it('stores each part in IndexedDB before sending it, and deletes it after the 200', async () => {
    const server = fakeServer();
    newQueue();
    await queue.openSession(buildRecording());
    let storedWhenSent: unknown = null;
    server.chunkReplies.push(() =>
      store.getChunk(RECORDING_ID, 0).then((chunk) => {
        storedWhenSent = chunk;
        return server.json({ seq: 0, bytes: 10, duplicate: false });
      }),
    );

    expect(await queue.append(RECORDING_ID, blob(10), 3)).toEqual([0]);
    await settle();

    expect(storedWhenSent).toMatchObject({ recordingId: RECORDING_ID, seq: 0, uploaded: false });
    const request = server.fetchDouble.mock.calls[0]![0];
    expect(request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(request.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(await store.getChunk(RECORDING_ID, 0)).toBeUndefined();
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, retrying: false, error: null });
  });

  it('numbers parts in order and splits one larger than the server takes', async () => {
    const server = fakeServer();
    newQueue();
    await queue.openSession(buildRecording({ max_chunk_bytes: 4 }));

    const [first, second] = await Promise.all([
      queue.append(RECORDING_ID, blob(10), 3),
      queue.append(RECORDING_ID, blob(2), 6),
    ]);
    await settle();

    expect(first).toEqual([0, 1, 2]);
    expect(second).toEqual([3]);
    expect([...server.held]).toEqual([
      [0, 4],
      [1, 4],
      [2, 2],
      [3, 2],
    ]);
    expect((await store.getSession(RECORDING_ID))?.nextSeq).toBe(4);
  });

  it('keeps a part after a failure and retries with backoff: 1 s, then 2 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = fakeServer();
    server.chunkReplies.push(unavailable(), new TypeError('Failed to fetch'));
    newQueue();
    await queue.openSession(buildRecording());

    await queue.append(RECORDING_ID, blob(8), 3);
    await settle();
    expect(server.calls).toEqual([`PUT /api/recordings/${RECORDING_ID}/chunks/0`]);
    expect(await store.getChunk(RECORDING_ID, 0)).toBeDefined();
    expect(queue.getSnapshot()).toMatchObject({ pending: 1, retrying: true, offline: false });

    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(server.calls).toHaveLength(2);
    // A network failure: the indicator says offline.
    expect(queue.getSnapshot()).toMatchObject({ pending: 1, retrying: true, offline: true });

    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();

    expect(server.calls).toHaveLength(3);
    expect(server.held.get(0)).toBe(8);
    expect(await store.getChunk(RECORDING_ID, 0)).toBeUndefined();
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, retrying: false, offline: false });
  });

  it('takes a duplicate as a success', async () => {
    const server = fakeServer();
    // Sent before, but the page never saw the 200 (the server answers duplicate: true).
    server.held.set(0, 5);
    newQueue();
    await queue.openSession(buildRecording({ received_seqs: [] }));

    await queue.append(RECORDING_ID, blob(5), 3);
    await settle();

    expect(server.calls).toEqual([`PUT /api/recordings/${RECORDING_ID}/chunks/0`]);
    expect(await store.getChunk(RECORDING_ID, 0)).toBeUndefined();
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, error: null });
  });

  it('after a reload, re-sends what IndexedDB holds, skips what the server has, and numbers on', async () => {
    const server = fakeServer();
    server.chunkReplies.push(new TypeError('Failed to fetch'));
    newQueue();
    await queue.openSession(buildRecording());
    for (const seconds of [3, 6, 9]) await queue.append(RECORDING_ID, blob(4), seconds);
    await settle();
    expect(server.calls).toHaveLength(1); // Offline: waiting out the backoff.
    server.held.set(0, 4); // The first PUT did reach the server after all.

    // The tab closes; a new page opens a new queue on the same database.
    queue.dispose();
    await store.close();
    server.calls.length = 0;
    newQueue();
    await queue.resume();
    await settle();

    expect(server.calls).toEqual([
      `GET /api/recordings/${RECORDING_ID}`,
      `PUT /api/recordings/${RECORDING_ID}/chunks/1`,
      `PUT /api/recordings/${RECORDING_ID}/chunks/2`,
    ]);
    expect(await store.listChunks(RECORDING_ID)).toEqual([]);
    const resumed = await queue.openSession(buildRecording({ received_seqs: [0, 1, 2] }));
    expect(resumed).toMatchObject({ nextSeq: 3, recordedS: 9 });
    expect(await queue.append(RECORDING_ID, blob(4), 12)).toEqual([3]);
  });

  it('finalizes after draining, re-sending the parts the server reports missing', async () => {
    const server = fakeServer();
    newQueue();
    await queue.openSession(buildRecording());
    await queue.append(RECORDING_ID, blob(4), 3);
    await settle();
    // A part an earlier page stored but never sent.
    await store.putChunk({ recordingId: RECORDING_ID, seq: 1, data: new ArrayBuffer(6), uploaded: false });
    await store.putSession({ ...(await store.getSession(RECORDING_ID))!, nextSeq: 2 });

    await queue.requestFinalize(RECORDING_ID, 6.5);

    expect(server.calls.filter((call) => call.endsWith('/finalize'))).toHaveLength(2);
    expect(server.calls.at(-2)).toBe(`PUT /api/recordings/${RECORDING_ID}/chunks/1`);
    expect(server.finalizeBodies).toEqual([
      { total_chunks: 2, duration_s: 6.5 },
      { total_chunks: 2, duration_s: 6.5 },
    ]);
    expect(await store.getSession(RECORDING_ID)).toBeUndefined();
    expect(await store.listChunks(RECORDING_ID)).toEqual([]);
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, finalizing: 0, error: null });
  });

  it('reports parts that are gone from both sides instead of looping', async () => {
    const server = fakeServer();
    newQueue();
    await queue.openSession(buildRecording());
    await store.putSession({ ...(await store.getSession(RECORDING_ID))!, nextSeq: 1 });

    await expect(queue.requestFinalize(RECORDING_ID, 3)).rejects.toThrow(
      '1 parts of the recording never reached the server.',
    );
    expect(server.calls.filter((call) => call.endsWith('/finalize'))).toHaveLength(1);
    expect(queue.getSnapshot().error).toBe('1 parts of the recording never reached the server.');
  });

  it('tidies up when an earlier page had already finalized (409, recording closed)', async () => {
    const server = fakeServer();
    newQueue();
    await queue.openSession(buildRecording());
    server.setRecording(buildRecording({ status: 'processing' }));
    server.finalizeReplies.push(server.json({ error: { code: 'recording_not_open', message: 'Closed.' } }, 409));

    await queue.requestFinalize(RECORDING_ID, 3);

    expect(await store.getSession(RECORDING_ID)).toBeUndefined();
    expect(queue.getSnapshot().error).toBeNull();
  });

  it('with Cloudinary storage keeps the bytes until the browser has uploaded the whole file', async () => {
    const server = fakeServer();
    server.setRecording(buildRecording({ storage: 'cloudinary' }));
    const uploadToCloud = vi.fn((_id: string, _file: Blob, onProgress: (fraction: number) => void) => {
      onProgress(0.5);
      return Promise.resolve();
    });
    newQueue({ uploadToCloud });
    await queue.openSession(buildRecording({ storage: 'cloudinary' }));
    await queue.append(RECORDING_ID, blob(4), 3);
    await queue.append(RECORDING_ID, blob(6), 6);
    await settle();
    expect((await store.listChunks(RECORDING_ID)).map((chunk) => chunk.uploaded)).toEqual([true, true]);

    await queue.requestFinalize(RECORDING_ID, 6);

    expect(uploadToCloud).toHaveBeenCalledTimes(1);
    const file = uploadToCloud.mock.calls[0]![1];
    expect(file.size).toBe(10);
    expect(file.type).toBe('video/webm');
    expect(await store.listChunks(RECORDING_ID)).toEqual([]);
  });
});
