/** Small per-browser settings; storage can be blocked (private mode, policies), so failures are ignored. */

export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered across visits; still used for this one.
  }
}
