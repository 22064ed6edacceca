import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';

export type Account = components['schemas']['UserRead'];
export type AccountList = components['schemas']['UserList'];
export type AccountParams = NonNullable<paths['/api/users']['get']['parameters']['query']>;

export function getUsers(params: AccountParams): Promise<AccountList> {
  return unwrap(api.GET('/api/users', { params: { query: params } }));
}

export function getUsersQueryOptions(params: AccountParams) {
  return queryOptions({
    queryKey: ['admin', 'users', params],
    queryFn: () => getUsers(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useUsers(params: AccountParams) {
  return useQuery(getUsersQueryOptions(params));
}
