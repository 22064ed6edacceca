import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type JobChoice = components['schemas']['JobRead'];
export type JobChoiceResults = components['schemas']['JobSearchResults'];

export const JOB_CHOICES_PAGE_SIZE = 6;

/** Catalog jobs for the keywords, a short page at a time. */
const choicesQuery = (q: string, page: number) => ({ q: q || undefined, page, page_size: JOB_CHOICES_PAGE_SIZE });

export function searchJobChoices({ q, page }: { q: string; page: number }): Promise<JobChoiceResults> {
  return unwrap(api.GET('/api/jobs/search', { params: { query: choicesQuery(q, page) } }));
}

export const jobChoicesQueryKey = (q: string, page: number) => queryKeys.jobSearch(choicesQuery(q, page));

export function getJobChoicesQueryOptions(q: string, page: number) {
  return queryOptions({
    queryKey: jobChoicesQueryKey(q, page),
    queryFn: () => searchJobChoices({ q, page }),
    placeholderData: keepPreviousData,
  });
}

export function useJobChoices(q: string, page: number) {
  return useQuery(getJobChoicesQueryOptions(q, page));
}
