import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { dashboardQueryKey } from './get-stats';

export type DeliveryPoint = components['schemas']['DeliveryPoint'];

export function getDeliveryTrend(): Promise<DeliveryPoint[]> {
  return unwrap(api.GET('/api/dashboard/delivery'));
}

export function getDeliveryTrendQueryOptions() {
  return queryOptions({ queryKey: [...dashboardQueryKey, 'delivery'], queryFn: getDeliveryTrend, staleTime: 0 });
}

export function useDeliveryTrend() {
  return useQuery(getDeliveryTrendQueryOptions());
}
