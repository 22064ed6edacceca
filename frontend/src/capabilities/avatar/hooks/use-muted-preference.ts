import { useCallback, useState } from 'react';

import { readPreference, writePreference } from '../lib/stored-preference';

export const MUTED_STORAGE_KEY = 'rehearse.avatar.muted';

/** Whether the interviewer's voice is muted, remembered in this browser. */
export function useMutedPreference() {
  const [muted, setMutedState] = useState(() => readPreference(MUTED_STORAGE_KEY) === 'true');
  const setMuted = useCallback((next: boolean) => {
    setMutedState(next);
    writePreference(MUTED_STORAGE_KEY, String(next));
  }, []);
  return [muted, setMuted] as const;
}
