// The real backend on a free port, for the e2e run and the browser benches: a fresh SQLite
// database in a temporary DATA_DIR, migrated, serving a copy of a built SPA.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const backendDir = path.resolve(frontendDir, '../backend');

/** PYTHON (default ../.venv/bin/python, relative to frontend/), resolved. */
export function backendPython() {
  const setting = process.env.PYTHON ?? '../.venv/bin/python';
  return setting.includes('/') ? path.resolve(frontendDir, setting) : setting;
}

export function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.error})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealthy(url, backend, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) throw new Error(`the backend exited with code ${backend.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

async function stopProcess(backend) {
  if (!backend || backend.exitCode !== null || backend.signalCode !== null) return;
  const exited = new Promise((resolve) => backend.once('exit', resolve));
  backend.kill('SIGTERM');
  const timer = setTimeout(() => backend.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the backend serving a copy of `dist` (a rebuild during the run must not swap the hashed
 * assets under the browser). `env` adds to the backend's environment. Resolves to
 * { baseUrl, dataDir, tail(), stop() }; stop() also removes DATA_DIR.
 */
export async function startBackend({ dist, env = {} }) {
  const python = backendPython();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rehearse-e2e-'));
  const distCopy = path.join(dataDir, 'dist');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Explicit DATABASE_URL so a developer's .env can never point the run at a real database.
  const backendEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite+aiosqlite:///${path.join(dataDir, 'rehearse.db')}`,
    FRONTEND_DIST: distCopy,
    ENV: 'test',
    // The built-in question writer and evaluator: no network, and the same results every run.
    LLM__PROVIDER: 'local',
    ...env,
  };
  const logFile = path.join(dataDir, 'backend.log');
  const tail = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-8000) : '');
  let backend;
  const stop = async () => {
    await stopProcess(backend);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    cpSync(dist, distCopy, { recursive: true });
    run(python, ['-m', 'alembic', 'upgrade', 'head'], { cwd: backendDir, env: backendEnv });
    // The log file itself, not a pipe: a caller that blocks (spawnSync) would let a pipe fill up
    // and the backend would hang on its next log line.
    const logFd = openSync(logFile, 'w');
    backend = spawn(
      python,
      ['-m', 'uvicorn', 'app.main:create_app', '--factory', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: backendDir, env: backendEnv, stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    await waitForHealthy(`${baseUrl}/healthz`, backend);
  } catch (error) {
    const log = tail();
    await stop();
    throw new Error(`the backend did not start: ${error.message}${log ? `\n--- backend log ---\n${log}` : ''}`);
  }
  return { baseUrl, dataDir, tail, stop };
}
