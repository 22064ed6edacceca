#!/usr/bin/env node
// End-to-end run: the real backend (fresh SQLite in a temp DATA_DIR) serving frontend/dist,
// then `playwright test` against it. Extra arguments go to Playwright.
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium); missing => skipped unless REQUIRE_E2E=1
//   PYTHON         backend interpreter (default ../.venv/bin/python, relative to frontend/)
//   E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD  the admin the backend creates at start-up (ADMIN_EMAIL)
//   E2E_DIST       the built SPA to serve (default frontend/dist; another build keeps runs apart)
// Specs get E2E_DATA_DIR, the backend's DATA_DIR (its mail outbox is DATA_DIR/outbox).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { frontendDir, run, startBackend } from './test-backend.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const adminEmail = process.env.E2E_ADMIN_EMAIL ?? 'admin-e2e@example.com';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-password';
const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(frontendDir, 'dist');

async function main() {
  if (!existsSync(chromium)) {
    console.log('E2E skipped: chromium not found');
    return process.env.REQUIRE_E2E === '1' ? 1 : 0;
  }
  if (!process.env.E2E_DIST && !existsSync(path.join(dist, 'index.html'))) {
    run('npm', ['run', 'build'], { cwd: frontendDir });
  }

  let backend;
  const onSignal = () => {
    void (backend?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // An admin exists from start-up (the demo accounts are not seeded here); the specs sign in with it.
    backend = await startBackend({ dist, env: { ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword } });
    console.log(`E2E: backend on ${backend.baseUrl} (DATA_DIR=${backend.dataDir})`);
    const playwright = spawnSync(
      path.join(frontendDir, 'node_modules/.bin/playwright'),
      ['test', ...process.argv.slice(2)],
      {
        cwd: frontendDir,
        stdio: 'inherit',
        env: {
          ...process.env,
          BASE_URL: backend.baseUrl,
          CHROMIUM_PATH: chromium,
          E2E_ADMIN_EMAIL: adminEmail,
          E2E_ADMIN_PASSWORD: adminPassword,
          // The server's DATA_DIR: specs read the mails it leaves in DATA_DIR/outbox.
          E2E_DATA_DIR: backend.dataDir,
        },
      },
    );
    const code = playwright.status ?? 1;
    if (code !== 0) console.error(`\n--- backend log ---\n${backend.tail()}`);
    return code;
  } catch (error) {
    console.error(`E2E failed to start: ${error.message}`);
    return 1;
  } finally {
    await backend?.stop();
  }
}

process.exitCode = await main();
