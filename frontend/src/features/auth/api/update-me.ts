import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { meQueryKey, type User } from './get-me';

export type UserUpdate = components['schemas']['UserUpdate'];

export function updateMe(body: UserUpdate): Promise<User> {
  return unwrap(api.PATCH('/api/auth/me', { body }));
}

export function updateMeMutationOptions() {
  return mutationOptions({ mutationKey: ['auth', 'update-me'], mutationFn: updateMe });
}

/** Changes the name and/or the password; everything showing the user (the top bar) follows. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateMeMutationOptions(),
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
