import type { RawRun, RunJob } from './run-types';

/** A job to run, or `warm`: load the language now so that the first run does not wait for it. */
export type WorkerRequest = { job: RunJob } | { warm: true };
/** `started` once the language is loaded: the time limit counts from there, not from Pyodide's download. */
export type WorkerReply = { type: 'started' } | { type: 'done'; run: RawRun } | { type: 'failed'; message: string };

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/** The worker's global scope, typed (the app's TypeScript lib is the DOM's). */
export const workerScope = globalThis as unknown as WorkerScope;
