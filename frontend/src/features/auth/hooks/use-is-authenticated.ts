import { useSyncExternalStore } from 'react';

import { tokenStore } from '@/lib/token-store';

/** True while this browser holds a session (tokens); re-renders when it starts or ends. */
export function useIsAuthenticated(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.isAuthenticated, () => false);
}
