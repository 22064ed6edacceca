import { WifiOff } from 'lucide-react';

import { useOnline } from '@/lib/use-online';

/**
 * Said once for every page while the connection is down: queries wait for it (TanStack Query
 * pauses them), so without this a search or a list shows "Searching…" and nothing else.
 */
export function OfflineNotice() {
  const online = useOnline();
  // No empty live region while online: pages have their own status regions, and tests find them by role.
  if (online) return null;
  return (
    <p
      role="status"
      className="mb-6 flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <WifiOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      You are offline. Searches and changes wait until the connection is back, then go through.
    </p>
  );
}
