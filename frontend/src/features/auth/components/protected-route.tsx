import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useIsAuthenticated } from '../hooks/use-is-authenticated';

export interface RedirectState {
  from?: { pathname: string; search?: string; hash?: string };
}

/** Renders its children only with a session; otherwise sends the visitor to sign in and back. */
export function ProtectedRoute({ loginPath, children }: { loginPath: string; children: ReactNode }) {
  const isAuthenticated = useIsAuthenticated();
  const location = useLocation();
  if (!isAuthenticated) {
    const state: RedirectState = { from: location };
    return <Navigate to={loginPath} replace state={state} />;
  }
  return children;
}
