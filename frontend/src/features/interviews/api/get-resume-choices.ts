import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type ResumeChoice = components['schemas']['ResumeSummary'];

/** My resumes, to tailor an interview to one of them. */
export async function getResumeChoices(): Promise<ResumeChoice[]> {
  const { items } = await unwrap(api.GET('/api/resumes'));
  return items;
}

export const resumeChoicesQueryKey = ['interviews', 'choices', 'resumes'] as const;

export function getResumeChoicesQueryOptions() {
  // A resume uploaded a moment ago must be offered: read afresh each time the wizard opens.
  return queryOptions({ queryKey: resumeChoicesQueryKey, queryFn: getResumeChoices, staleTime: 0 });
}

export function useResumeChoices() {
  return useQuery(getResumeChoicesQueryOptions());
}
