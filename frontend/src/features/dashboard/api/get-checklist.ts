import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { dashboardQueryKey } from './get-stats';

export type Checklist = components['schemas']['Checklist'];

export function getChecklist(): Promise<Checklist> {
  return unwrap(api.GET('/api/dashboard/checklist'));
}

export function getChecklistQueryOptions() {
  return queryOptions({ queryKey: [...dashboardQueryKey, 'checklist'], queryFn: getChecklist, staleTime: 0 });
}

export function useChecklist() {
  return useQuery(getChecklistQueryOptions());
}
