import type { CodeRunner, RawRun, RunJob, RunLanguage } from './run-types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

function createWorker(language: RunLanguage): Worker {
  return language === 'python'
    ? new Worker(new URL('./python-worker.ts', import.meta.url), { type: 'module', name: 'python-runner' })
    : new Worker(new URL('./js-worker.ts', import.meta.url), { type: 'module', name: 'javascript-runner' });
}

function timedOut(job: RunJob, limitMs: number): RawRun {
  const error = `Time limit of ${limitMs} ms exceeded (the examples ran together and were stopped)`;
  return { loadError: null, results: job.examples.map(() => ({ actual: null, stdout: '', error, timeMs: limitMs })) };
}

/**
 * Runs code in a Web Worker per language, kept between runs (Pyodide loads once). A run that
 * outlives its time limit terminates the worker: the only way to stop an endless loop.
 */
export function createWorkerRunner(): CodeRunner {
  const workers = new Map<RunLanguage, Worker>();
  const workerFor = (language: RunLanguage) => {
    const worker = workers.get(language) ?? createWorker(language);
    workers.set(language, worker);
    return worker;
  };
  const run: CodeRunner = (job) =>
    new Promise<RawRun>((resolve, reject) => {
      const worker = workerFor(job.language);
      const limitMs = job.timeLimitMs * Math.max(1, job.examples.length);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = () => {
        worker.terminate();
        workers.delete(job.language);
      };
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'started') {
          timer = setTimeout(() => {
            stop();
            resolve(timedOut(job, limitMs));
          }, limitMs);
          return;
        }
        clearTimeout(timer);
        if (reply.type === 'done') resolve(reply.run);
        else reject(new Error(`Could not run ${job.language}: ${reply.message}`));
      };
      worker.onerror = (event) => {
        clearTimeout(timer);
        stop();
        reject(new Error(event.message || `The ${job.language} runner failed to start`));
      };
      worker.postMessage({ job } satisfies WorkerRequest);
    });
  run.warm = (language) => {
    // Only a head start: without workers (or if one cannot start) the first run says why.
    if (workers.has(language) || typeof Worker === 'undefined') return;
    try {
      workerFor(language).postMessage({ warm: true } satisfies WorkerRequest);
    } catch {
      workers.delete(language);
    }
  };
  return run;
}
