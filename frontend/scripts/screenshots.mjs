#!/usr/bin/env node
// Real screenshots of the app for the landing page: the backend on a fresh SQLite database with
// the demo data seeded (`python -m app.cli seed`: the demo candidate and an evaluated sample
// interview), a built SPA, and Debian's chromium driven by playwright-core. Writes WebP files
// (encoded by the browser itself, no image library) to public/screenshots/.
//   SCREENSHOT_DIST  the built SPA to serve (default: a fresh build in a temp folder)
//   CHROMIUM_PATH    browser binary (default /usr/bin/chromium)
//   PYTHON           backend interpreter (default ../.venv/bin/python)
/* global document, createImageBitmap -- the function passed to page.evaluate runs in the browser */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { backendPython, frontendDir, run, startBackend } from './test-backend.mjs';

const OUT = path.join(frontendDir, 'public/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const QUALITY = 0.72;
const MAX_BYTES = 200 * 1024;
const CANDIDATE = { email: 'candidate@example.com', password: 'rehearse-demo' };

function buildDist() {
  if (process.env.SCREENSHOT_DIST) return { dist: path.resolve(process.env.SCREENSHOT_DIST), cleanup: () => {} };
  const dist = mkdtempSync(path.join(tmpdir(), 'rehearse-shots-dist-'));
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: frontendDir });
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

function seed(dataDir) {
  run(backendPython(), ['-m', 'app.cli', 'seed'], {
    cwd: path.join(frontendDir, '../backend'),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite+aiosqlite:///${path.join(dataDir, 'rehearse.db')}`,
      ENV: 'test',
      LLM__PROVIDER: 'local',
    },
  });
}

/** The page's pixels as WebP, encoded by a blank page's canvas (the app's CSP stays as it is). */
async function saveWebp(page, name, encoder) {
  const png = await page.screenshot({ type: 'png' });
  const dataUrl = await encoder.evaluate(
    async ({ base64, quality }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/webp', quality);
    },
    { base64: png.toString('base64'), quality: QUALITY },
  );
  const file = path.join(OUT, `${name}.webp`);
  writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
  const size = statSync(file).size;
  console.log(`screenshots: ${name}.webp ${(size / 1024).toFixed(0)} KB`);
  if (size > MAX_BYTES) throw new Error(`${name}.webp is over ${MAX_BYTES / 1024} KB`);
}

async function api(baseUrl, token, method, url, body) {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function capture(baseUrl) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, permissions: ['camera', 'microphone'] });
    const page = await context.newPage();
    const encoder = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(CANDIDATE.email);
    await page.getByLabel('Password').fill(CANDIDATE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/app$/);
    const token = (
      await (
        await fetch(`${baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(CANDIDATE),
        })
      ).json()
    ).access_token;

    const interviews = await api(baseUrl, token, 'GET', '/api/interviews');
    const finished = interviews.items.find((item) => item.status === 'completed');
    if (!finished) throw new Error('the seed left no completed interview');
    const inFiveWeeks = new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10);
    await api(baseUrl, token, 'POST', '/api/plans', { interview_date: inFiveWeeks, sessions_per_week: 3 });

    await page.goto(`${baseUrl}/app`);
    await page.getByRole('region', { name: 'Interview plan' }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveWebp(page, 'dashboard', encoder);

    await page.goto(`${baseUrl}/app/interviews/${finished.id}/results`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveWebp(page, 'results', encoder);

    await page.goto(`${baseUrl}/app/plans`);
    await page.getByRole('list', { name: 'Practice sessions' }).waitFor();
    await saveWebp(page, 'plan', encoder);

    const room = await api(baseUrl, token, 'POST', '/api/interviews', {
      role: 'Backend engineer',
      seniority: 'mid',
      question_count: 5,
    });
    await api(baseUrl, token, 'POST', `/api/interviews/${room.id}/start`);
    await page.goto(`${baseUrl}/app/interviews/${room.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500); // the fake camera's first frames
    await saveWebp(page, 'room', encoder);
  } finally {
    await browser.close();
  }
}

async function main() {
  const { dist, cleanup } = buildDist();
  let backend;
  try {
    // A busy machine can take longer than the helper waits for the first start: try again.
    for (let attempt = 1; !backend; attempt += 1) {
      try {
        backend = await startBackend({ dist });
      } catch (error) {
        if (attempt >= 3) throw error;
        console.error(`screenshots: ${error.message.split('\n')[0]}; trying again`);
      }
    }
    seed(backend.dataDir);
    await capture(backend.baseUrl);
    return 0;
  } catch (error) {
    console.error(`screenshots failed: ${error.message}`);
    if (backend) console.error(backend.tail());
    return 1;
  } finally {
    await backend?.stop();
    cleanup();
  }
}

process.exitCode = await main();
