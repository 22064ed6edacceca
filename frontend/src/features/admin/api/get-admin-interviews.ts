import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';

export type AdminInterview = components['schemas']['AdminInterviewItem'];
export type AdminInterviewList = components['schemas']['AdminInterviewList'];
export type AdminInterviewParams = NonNullable<paths['/api/admin/interviews']['get']['parameters']['query']>;

export function getAdminInterviews(params: AdminInterviewParams): Promise<AdminInterviewList> {
  return unwrap(api.GET('/api/admin/interviews', { params: { query: params } }));
}

export function getAdminInterviewsQueryOptions(params: AdminInterviewParams) {
  return queryOptions({
    queryKey: ['admin', 'interviews', params],
    queryFn: () => getAdminInterviews(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAdminInterviews(params: AdminInterviewParams) {
  return useQuery(getAdminInterviewsQueryOptions(params));
}
