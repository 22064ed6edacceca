import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { tokenStore } from '@/lib/token-store';

export function logout(refreshToken: string): Promise<void> {
  return unwrap(api.POST('/api/auth/logout', { body: { refresh_token: refreshToken } }));
}

/** Revokes the refresh token on the server when it can. */
async function revokeSession(): Promise<void> {
  const refreshToken = tokenStore.getRefreshToken();
  try {
    if (refreshToken) await logout(refreshToken);
  } catch {
    // An unreachable server or an already-revoked token must not keep anyone signed in here.
  }
}

export function logoutMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'logout'], mutationFn: revokeSession });
}

/**
 * Ends the session here whatever the server said. Clearing the tokens sends the protected
 * routes to sign-in, so `onSuccess` runs first, while the caller is still mounted.
 */
export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...logoutMutationOptions(),
    onSettled: () => {
      onSuccess?.();
      tokenStore.clear();
      queryClient.clear();
    },
  });
}
