import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { dashboardQueryKey } from './get-stats';

export type Progress = components['schemas']['Progress'];
export type ProgressPoint = components['schemas']['ProgressPoint'];
export type SkillProgress = components['schemas']['SkillProgress'];

export function getProgress(): Promise<Progress> {
  return unwrap(api.GET('/api/dashboard/progress'));
}

export function getProgressQueryOptions() {
  return queryOptions({ queryKey: [...dashboardQueryKey, 'progress'], queryFn: getProgress, staleTime: 0 });
}

export function useProgress() {
  return useQuery(getProgressQueryOptions());
}
