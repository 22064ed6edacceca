import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type Weaknesses = components['schemas']['Weaknesses'];
export type WeaknessEntry = components['schemas']['WeaknessEntry'];
export type PracticeSuggestion = components['schemas']['PracticeSuggestion'];

export function getWeaknesses(): Promise<Weaknesses> {
  return unwrap(api.GET('/api/dashboard/weaknesses'));
}

// Under the dashboard's key: whatever refreshes the dashboard refreshes these too.
export const weaknessesQueryKey = ['dashboard', 'weaknesses'] as const;

export function getWeaknessesQueryOptions() {
  return queryOptions({ queryKey: weaknessesQueryKey, queryFn: getWeaknesses, staleTime: 0 });
}

export function useWeaknesses() {
  return useQuery(getWeaknessesQueryOptions());
}
