import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { toast } from 'sonner';

import { tokenStore } from '@/lib/token-store';

import { interviewDb } from './interview-db';
import { db } from './mock-db';
import { server } from './server';

// jsdom lacks matchMedia, which Sonner reads for its theme.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// Routes are lazy modules: the first visit in a test file waits for Vite to transform them, which
// on a busy 2-core machine takes several seconds for the larger pages (results, the room).
configure({ asyncUtilTimeout: 12_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  toast.dismiss(); // Sonner keeps its toasts in module state, across renders.
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  db.reset();
  interviewDb.reset();
  tokenStore.clear();
  localStorage.clear();
  sessionStorage.clear();
});

afterAll(() => server.close());
