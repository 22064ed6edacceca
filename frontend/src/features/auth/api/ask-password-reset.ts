import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type PasswordResetAsk = components['schemas']['PasswordResetAsk'];
export type PasswordResetAsked = components['schemas']['PasswordResetAsked'];

/** Asks for a reset link by email; the answer is the same whether or not the account exists. */
export function askPasswordReset(body: PasswordResetAsk): Promise<PasswordResetAsked> {
  return unwrap(api.POST('/api/auth/password-reset', { body }));
}

export function askPasswordResetMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'ask-password-reset'], mutationFn: askPasswordReset });
}

export function useAskPasswordReset() {
  return useMutation(askPasswordResetMutationOptions());
}
