import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { tokenStore } from '@/lib/token-store';

export type AccountDelete = components['schemas']['AccountDelete'];

export function deleteAccount(body: AccountDelete): Promise<void> {
  return unwrap(api.DELETE('/api/users/me', { body }));
}

export function deleteAccountMutationOptions() {
  return mutationOptions({ mutationKey: ['account', 'delete'], mutationFn: deleteAccount });
}

/**
 * Deletes the account; the session here ends with it. Clearing the tokens sends the protected
 * routes to sign-in, so `onSuccess` runs first, while the caller is still mounted.
 */
export function useDeleteAccount({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteAccountMutationOptions(),
    onSuccess: () => {
      onSuccess?.();
      tokenStore.clear();
      queryClient.clear();
    },
  });
}
