import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useIsAuthenticated } from '../hooks/use-is-authenticated';
import type { RedirectState } from './protected-route';

/** On the sign-in pages: once there is a session, go where the visitor was headed. */
export function RedirectIfAuthenticated({ fallback, children }: { fallback: string; children: ReactNode }) {
  const isAuthenticated = useIsAuthenticated();
  const location = useLocation();
  if (isAuthenticated) {
    const from = (location.state as RedirectState | null)?.from;
    const to = from ? `${from.pathname}${from.search ?? ''}${from.hash ?? ''}` : fallback;
    return <Navigate to={to} replace />;
  }
  return children;
}
