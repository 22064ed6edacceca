#!/usr/bin/env node
// End-to-end run: the real backend (fresh SQLite in a temp DATA_DIR) serving frontend/dist,
// then `playwright test` against it. Extra arguments go to Playwright.
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium); missing => skipped unless REQUIRE_E2E=1
//   PYTHON         backend interpreter (default ../.venv/bin/python, relative to frontend/)
//   E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD  the admin the backend creates at start-up (ADMIN_EMAIL)
//   E2E_DIST       the built SPA to serve (default frontend/dist; another build keeps runs apart)
// Specs get E2E_DATA_DIR, the backend's DATA_DIR (its mail outbox is DATA_DIR/outbox).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const backendDir = path.resolve(frontendDir, '../backend');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pythonSetting = process.env.PYTHON ?? '../.venv/bin/python';
const python = pythonSetting.includes('/') ? path.resolve(frontendDir, pythonSetting) : pythonSetting;
const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';
const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(frontendDir, 'dist');

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

async function waitForHealthy(url, backend, timeoutMs = 60_000) {
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

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.error})`);
}

async function stopBackend(backend) {
  if (!backend || backend.exitCode !== null || backend.signalCode !== null) return;
  const exited = new Promise((resolve) => backend.once('exit', resolve));
  backend.kill('SIGTERM');
  const timer = setTimeout(() => backend.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function main() {
  if (!existsSync(chromium)) {
    console.log('E2E skipped: chromium not found');
    return process.env.REQUIRE_E2E === '1' ? 1 : 0;
  }
  if (!process.env.E2E_DIST && !existsSync(path.join(dist, 'index.html'))) {
    run('npm', ['run', 'build'], { cwd: frontendDir });
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'rehearse-e2e-'));
  // Serve a copy: a rebuild of dist/ during the run (another terminal) must not swap the
  // hashed assets under the browser.
  const distCopy = path.join(dataDir, 'dist');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Explicit DATABASE_URL so a developer's .env can never point the tests at a real database.
  const backendEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite+aiosqlite:///${path.join(dataDir, 'rehearse.db')}`,
    FRONTEND_DIST: distCopy,
    ENV: 'test',
    // An admin exists from start-up (the demo accounts are not seeded here); the specs sign in with it.
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    // The built-in question writer and evaluator: no network, and the same results every run.
    LLM__PROVIDER: 'local',
  };
  const logFile = path.join(dataDir, 'backend.log');
  let backend;
  const onSignal = () => {
    void stopBackend(backend).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    cpSync(dist, distCopy, { recursive: true });
    run(python, ['-m', 'alembic', 'upgrade', 'head'], { cwd: backendDir, env: backendEnv });
    // The log file itself, not a pipe: Playwright runs with spawnSync, which blocks this process,
    // so a pipe would fill up and the backend would hang on its next log line.
    const logFd = openSync(logFile, 'w');
    backend = spawn(
      python,
      ['-m', 'uvicorn', 'app.main:create_app', '--factory', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: backendDir, env: backendEnv, stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    await waitForHealthy(`${baseUrl}/healthz`, backend);
    console.log(`E2E: backend on ${baseUrl} (DATA_DIR=${dataDir})`);

    const playwright = spawnSync(
      path.join(frontendDir, 'node_modules/.bin/playwright'),
      ['test', ...process.argv.slice(2)],
      {
        cwd: frontendDir,
        stdio: 'inherit',
        env: {
          ...process.env,
          BASE_URL: baseUrl,
          CHROMIUM_PATH: chromium,
          E2E_ADMIN_EMAIL: adminEmail,
          E2E_ADMIN_PASSWORD: adminPassword,
          // The server's DATA_DIR: specs read the mails it leaves in DATA_DIR/outbox.
          E2E_DATA_DIR: dataDir,
        },
      },
    );
    const code = playwright.status ?? 1;
    if (code !== 0) console.error(`\n--- backend log (${logFile}) ---\n${readFileSync(logFile, 'utf8').slice(-8000)}`);
    return code;
  } catch (error) {
    console.error(`E2E failed to start: ${error.message}`);
    if (existsSync(logFile)) console.error(readFileSync(logFile, 'utf8').slice(-8000));
    return 1;
  } finally {
    await stopBackend(backend);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
