import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type AdminResetLink = components['schemas']['AdminResetLink'];

/** A password reset link for the account, also mailed to it. */
export function createResetLink(userId: string): Promise<AdminResetLink> {
  return unwrap(api.POST('/api/users/{user_id}/password-reset', { params: { path: { user_id: userId } } }));
}

export function createResetLinkMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'reset-link'], mutationFn: createResetLink });
}

export function useCreateResetLink() {
  return useMutation(createResetLinkMutationOptions());
}
