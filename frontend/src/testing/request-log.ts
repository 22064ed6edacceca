import { server } from './server';

/** Records the method of every request the app sends to `path`, to assert what was (not) sent. */
export function recordRequests(path: string): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === path) seen.push(request.method);
  });
  return seen;
}

/** Records the JSON body of every `method` request the app sends to `path`. */
export function recordJsonBodies(method: string, path: string): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname === path) {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}
