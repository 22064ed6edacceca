import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { tokenStore } from '@/lib/token-store';

import { meQueryKey } from './get-me';

export type LoginInput = components['schemas']['LoginRequest'];
export type TokenPairResponse = components['schemas']['TokenPair'];

export function login(body: LoginInput): Promise<TokenPairResponse> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function loginMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'login'], mutationFn: login });
}

/**
 * Signs in and stores the tokens; the routes react to the new session by leaving the form,
 * so `onSuccess` runs first, while the caller is still mounted.
 */
export function useLogin({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...loginMutationOptions(),
    onSuccess: (tokens) => {
      onSuccess?.();
      queryClient.removeQueries({ queryKey: meQueryKey });
      tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
    },
  });
}
