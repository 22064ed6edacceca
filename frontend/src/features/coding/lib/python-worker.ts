import type { loadPyodide, PyodideAPI } from 'pyodide';

import { PYTHON_HARNESS } from './python-harness';
import type { RawRun } from './run-types';
import { workerScope } from './worker-protocol';

// Served by our own server (copied from the npm package at build time), cached by the browser.
const PYODIDE_URL = '/pyodide/';

let pyodide: Promise<PyodideAPI> | null = null;

async function loadPython(): Promise<PyodideAPI> {
  const module = (await import(/* @vite-ignore */ `${PYODIDE_URL}pyodide.mjs`)) as { loadPyodide: typeof loadPyodide };
  const loaded = await module.loadPyodide({ indexURL: PYODIDE_URL });
  loaded.runPython(PYTHON_HARNESS);
  return loaded;
}

function loaded(): Promise<PyodideAPI> {
  pyodide ??= loadPython().catch((error: unknown) => {
    pyodide = null; // the next run tries again
    throw error;
  });
  return pyodide;
}

workerScope.addEventListener('message', (event) => {
  const request = event.data;
  if ('warm' in request) {
    loaded().catch(() => undefined); // a failed load is reported by the run that needs it
    return;
  }
  void (async () => {
    try {
      const python = await loaded();
      workerScope.postMessage({ type: 'started' });
      const run = python.runPython('_rehearse_run') as (job: string) => string;
      workerScope.postMessage({ type: 'done', run: JSON.parse(run(JSON.stringify(request.job))) as RawRun });
    } catch (error) {
      workerScope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
