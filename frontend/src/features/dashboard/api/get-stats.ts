import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type DashboardStats = components['schemas']['DashboardStats'];

export function getStats(): Promise<DashboardStats> {
  return unwrap(api.GET('/api/dashboard/stats'));
}

export const dashboardQueryKey = ['dashboard'] as const;

export function getStatsQueryOptions() {
  // Every answer and finished interview changes these: read afresh on each visit.
  return queryOptions({ queryKey: [...dashboardQueryKey, 'stats'], queryFn: getStats, staleTime: 0 });
}

export function useStats() {
  return useQuery(getStatsQueryOptions());
}
