import { server } from './server';

/** Records the method of every request the app sends to `path`, to assert what was (not) sent. */
export function recordRequests(path: string): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === path) seen.push(request.method);
  });
  return seen;
}
