import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type ResumeSummary = components['schemas']['ResumeSummary'];

/** My resumes, newest first. */
export async function getResumes(): Promise<ResumeSummary[]> {
  const { items } = await unwrap(api.GET('/api/resumes'));
  return items;
}

export const resumesQueryKey = ['resumes', 'list'] as const;

export function getResumesQueryOptions() {
  return queryOptions({ queryKey: resumesQueryKey, queryFn: getResumes });
}

export function useResumes() {
  return useQuery(getResumesQueryOptions());
}

/** The resume used for matching, if the user has one. */
export function useDefaultResume() {
  return useQuery({
    ...getResumesQueryOptions(),
    select: (resumes) => resumes.find((resume) => resume.is_default) ?? null,
  });
}
