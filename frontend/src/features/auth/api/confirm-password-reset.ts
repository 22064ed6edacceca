import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type PasswordResetConfirm = components['schemas']['PasswordResetConfirm'];

/** Sets a new password with the token of a reset link; the server signs every session out. */
export function confirmPasswordReset(body: PasswordResetConfirm): Promise<void> {
  return unwrap(api.POST('/api/auth/password-reset/confirm', { body }));
}

export function confirmPasswordResetMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'confirm-password-reset'], mutationFn: confirmPasswordReset });
}

export function useConfirmPasswordReset() {
  return useMutation(confirmPasswordResetMutationOptions());
}
