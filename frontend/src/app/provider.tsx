import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { Toaster } from '@/components/ui/toaster';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';

/** Drops every cached server answer when the session ends, so nothing leaks to the next user. */
function useClearCacheOnSignOut(queryClient: QueryClient) {
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.isAuthenticated()) queryClient.clear();
      }),
    [queryClient],
  );
}

export function AppProvider({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  useClearCacheOnSignOut(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
