import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { queryKeys } from '@/lib/query-keys';

type JobDescription = components['schemas']['JobDescriptionRead'];

export interface JobOption {
  id: string;
  title: string;
}

/** The candidate's saved job descriptions (the same cache entry the Jobs page and the wizard read). */
async function getJobDescriptions(): Promise<JobDescription[]> {
  const { items } = await unwrap(api.GET('/api/job-descriptions'));
  return items;
}

const toOptions = (items: JobDescription[]): JobOption[] =>
  items.map((item) => ({ id: item.id, title: item.title ?? item.parsed.title ?? 'Untitled job description' }));

/** The saved job descriptions, to plan for one of them. */
export function getJobOptionsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.jobDescriptions, queryFn: getJobDescriptions, select: toOptions });
}

export function useJobOptions() {
  return useQuery(getJobOptionsQueryOptions());
}
