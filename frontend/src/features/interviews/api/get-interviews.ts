import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';

export type InterviewSummary = components['schemas']['InterviewSummary'];
export type InterviewList = components['schemas']['InterviewList'];
export type InterviewListParams = NonNullable<paths['/api/interviews']['get']['parameters']['query']>;

/** My interviews, newest first. */
export function getInterviews(params: InterviewListParams): Promise<InterviewList> {
  return unwrap(api.GET('/api/interviews', { params: { query: params } }));
}

export const interviewsQueryKey = ['interviews', 'list'] as const;

export function getInterviewsQueryOptions(params: InterviewListParams) {
  return queryOptions({
    queryKey: [...interviewsQueryKey, params],
    queryFn: () => getInterviews(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useInterviews(params: InterviewListParams) {
  return useQuery(getInterviewsQueryOptions(params));
}
