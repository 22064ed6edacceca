import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { tokenStore } from '@/lib/token-store';

import { meQueryKey, type User } from './get-me';
import { login, type TokenPairResponse } from './login';

export type RegisterInput = components['schemas']['UserCreate'];

export function register(body: RegisterInput): Promise<User> {
  return unwrap(api.POST('/api/auth/register', { body }));
}

/** Creates the account, then signs in with the same credentials. */
async function registerAndLogin(body: RegisterInput): Promise<{ user: User; tokens: TokenPairResponse }> {
  const user = await register(body);
  const tokens = await login({ email: body.email, password: body.password });
  return { user, tokens };
}

export function registerMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'register'], mutationFn: registerAndLogin });
}

/** Like useLogin: `onSuccess` runs before the session starts and the form is left. */
export function useRegister({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...registerMutationOptions(),
    onSuccess: ({ user, tokens }) => {
      onSuccess?.(user);
      queryClient.setQueryData(meQueryKey, user);
      tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
    },
  });
}
