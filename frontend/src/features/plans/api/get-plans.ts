import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { localToday } from '../lib/today';

export type Plan = components['schemas']['PlanRead'];
export type PlanSession = components['schemas']['PlanSessionRead'];
export type Reminder = components['schemas']['Reminder'];

export const plansQueryKey = ['plans'] as const;

export async function getPlans(): Promise<Plan[]> {
  const list = await unwrap(api.GET('/api/plans', { params: { query: { today: localToday() } } }));
  return list.items;
}

export function getPlansQueryOptions() {
  return queryOptions({ queryKey: [...plansQueryKey, 'list'], queryFn: getPlans });
}

export function usePlans() {
  return useQuery(getPlansQueryOptions());
}
