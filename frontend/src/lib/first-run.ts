/** What the first-run checklist remembers in this browser: a report was opened, the list was hidden. */
const key = (userId: string, what: 'reviewed' | 'hidden') => `rehearse:first-run:${what}:${userId}`;

function read(name: string): boolean {
  try {
    return window.localStorage.getItem(name) === '1';
  } catch {
    return false;
  }
}

function write(name: string) {
  try {
    window.localStorage.setItem(name, '1');
  } catch {
    // Private mode or a full store: the checklist simply shows the step as not done.
  }
}

export const firstRun = {
  reviewed: (userId: string) => read(key(userId, 'reviewed')),
  markReviewed: (userId: string) => write(key(userId, 'reviewed')),
  hidden: (userId: string) => read(key(userId, 'hidden')),
  hide: (userId: string) => write(key(userId, 'hidden')),
};
