import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type User = components['schemas']['UserRead'];

export function getMe(): Promise<User> {
  return unwrap(api.GET('/api/auth/me'));
}

export const meQueryKey = ['auth', 'me'] as const;

export function getMeQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
