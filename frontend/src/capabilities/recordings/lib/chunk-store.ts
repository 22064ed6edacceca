import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** One part of a recording, kept in the browser until the server has it. */
export interface StoredChunk {
  recordingId: string;
  seq: number;
  /** ArrayBuffer rather than Blob: every browser (and the test double) can store it. */
  data: ArrayBuffer;
  /** Sent and acknowledged; kept only while the browser still has to upload the whole file itself. */
  uploaded: boolean;
}

/** What a reload needs to carry on with a recording: where numbering is, whether to finalize. */
export interface RecordingSession {
  recordingId: string;
  interviewId: string;
  mimeType: string;
  storage: 'local' | 'cloudinary';
  maxChunkBytes: number;
  nextSeq: number;
  /** Seconds of media recorded so far, so markers carry on from there after a reload. */
  recordedS: number;
  /** Set when the interview finished: finalize once every part is on the server (`finalized` once the server agreed). */
  finalize: { totalChunks: number; durationS: number; finalized?: boolean } | null;
}

interface RecordingsDb extends DBSchema {
  chunks: { key: [string, number]; value: StoredChunk; indexes: { 'by-recording': string } };
  sessions: { key: string; value: RecordingSession; indexes: { 'by-interview': string } };
}

export const DEFAULT_DB_NAME = 'rehearse-recordings';

function openRecordingsDb(name: string) {
  return openDB<RecordingsDb>(name, 1, {
    upgrade(db) {
      const chunks = db.createObjectStore('chunks', { keyPath: ['recordingId', 'seq'] });
      chunks.createIndex('by-recording', 'recordingId');
      const sessions = db.createObjectStore('sessions', { keyPath: 'recordingId' });
      sessions.createIndex('by-interview', 'interviewId');
    },
  });
}

/** Blob.arrayBuffer, with FileReader for environments without it (older Safari, jsdom). */
export function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the recorded data.'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Split `data` into parts of at most `maxBytes`: the server joins parts in seq order, so bytes may be cut anywhere. */
function splitBuffer(data: ArrayBuffer, maxBytes: number): ArrayBuffer[] {
  if (maxBytes <= 0 || data.byteLength <= maxBytes) return [data];
  const parts: ArrayBuffer[] = [];
  for (let offset = 0; offset < data.byteLength; offset += maxBytes) parts.push(data.slice(offset, offset + maxBytes));
  return parts;
}

/** IndexedDB storage of recording parts and sessions. Every part is written here before it is sent. */
export function createChunkStore(name = DEFAULT_DB_NAME) {
  let dbPromise: Promise<IDBPDatabase<RecordingsDb>> | null = null;
  const db = () => (dbPromise ??= openRecordingsDb(name));
  // Appends are serialised so seqs follow the order the recorder produced the data in.
  let appendChain: Promise<unknown> = Promise.resolve();

  async function appendNow(recordingId: string, data: ArrayBuffer, recordedS: number): Promise<number[]> {
    const tx = (await db()).transaction(['sessions', 'chunks'], 'readwrite');
    const session = await tx.objectStore('sessions').get(recordingId);
    if (!session) throw new Error(`No recording session ${recordingId} in this browser.`);
    const seqs: number[] = [];
    for (const part of splitBuffer(data, session.maxChunkBytes)) {
      const seq = session.nextSeq + seqs.length;
      await tx.objectStore('chunks').put({ recordingId, seq, data: part, uploaded: false });
      seqs.push(seq);
    }
    await tx
      .objectStore('sessions')
      .put({ ...session, nextSeq: session.nextSeq + seqs.length, recordedS: Math.max(session.recordedS, recordedS) });
    await tx.done;
    return seqs;
  }

  return {
    /** Stores `blob` as the recording's next part(s) and advances its numbering, in one transaction. */
    async append(recordingId: string, blob: Blob, recordedS: number): Promise<number[]> {
      const data = await readBlob(blob); // Before the transaction: it would commit while awaiting.
      const result = appendChain.then(() => appendNow(recordingId, data, recordedS));
      appendChain = result.catch(() => undefined);
      return result;
    },
    async putChunk(chunk: StoredChunk) {
      await (await db()).put('chunks', chunk);
    },
    async getChunk(recordingId: string, seq: number) {
      return (await db()).get('chunks', [recordingId, seq]);
    },
    async deleteChunk(recordingId: string, seq: number) {
      await (await db()).delete('chunks', [recordingId, seq]);
    },
    async markUploaded(recordingId: string, seq: number) {
      const tx = (await db()).transaction('chunks', 'readwrite');
      const chunk = await tx.store.get([recordingId, seq]);
      if (chunk) await tx.store.put({ ...chunk, uploaded: true });
      await tx.done;
    },
    /** The recording's parts in seq order (data included: for re-sending and for assembling). */
    async listChunks(recordingId: string): Promise<StoredChunk[]> {
      const chunks = await (await db()).getAllFromIndex('chunks', 'by-recording', recordingId);
      return chunks.sort((a, b) => a.seq - b.seq);
    },
    /** Seqs of the parts not acknowledged by the server yet. */
    async pendingSeqs(recordingId: string): Promise<number[]> {
      return (await this.listChunks(recordingId)).filter((chunk) => !chunk.uploaded).map((chunk) => chunk.seq);
    },
    async deleteRecording(recordingId: string) {
      const tx = (await db()).transaction(['sessions', 'chunks'], 'readwrite');
      const keys = await tx.objectStore('chunks').index('by-recording').getAllKeys(recordingId);
      await Promise.all(keys.map((key) => tx.objectStore('chunks').delete(key)));
      await tx.objectStore('sessions').delete(recordingId);
      await tx.done;
    },
    async getSession(recordingId: string) {
      return (await db()).get('sessions', recordingId);
    },
    async putSession(session: RecordingSession) {
      await (await db()).put('sessions', session);
    },
    async listSessions(): Promise<RecordingSession[]> {
      return (await db()).getAll('sessions');
    },
    async sessionsForInterview(interviewId: string): Promise<RecordingSession[]> {
      return (await db()).getAllFromIndex('sessions', 'by-interview', interviewId);
    },
    async close() {
      if (dbPromise) (await dbPromise).close();
      dbPromise = null;
    },
  };
}

export type ChunkStore = ReturnType<typeof createChunkStore>;
