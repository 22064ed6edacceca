import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { dashboardQueryKey } from './get-stats';

export type History = components['schemas']['History'];
export type HistoryItem = components['schemas']['HistoryItem'];

export function getHistory({ page, pageSize }: { page: number; pageSize: number }): Promise<History> {
  return unwrap(api.GET('/api/dashboard/history', { params: { query: { page, page_size: pageSize } } }));
}

export function getHistoryQueryOptions(page: number, pageSize: number) {
  return queryOptions({
    queryKey: [...dashboardQueryKey, 'history', page, pageSize],
    queryFn: () => getHistory({ page, pageSize }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useHistory(page: number, pageSize: number) {
  return useQuery(getHistoryQueryOptions(page, pageSize));
}
