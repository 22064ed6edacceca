import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type MatchResult = components['schemas']['MatchResult'];
export type PartialMatch = components['schemas']['PartialMatch'];
export type ExperienceFit = components['schemas']['ExperienceFit'];
export type MatchPart = components['schemas']['MatchPart'];

/** What to match the resume against: exactly one of a catalog job, a saved description or pasted text. */
export type MatchTarget = { job_id: string } | { job_description_id: string } | { jd_text: string };

export function matchResume({ resumeId, target }: { resumeId: string; target: MatchTarget }): Promise<MatchResult> {
  return unwrap(api.POST('/api/match', { body: { resume_id: resumeId, ...target } }));
}

/** Every match; invalidate it when a resume's skills or experience change. */
export const matchesQueryKey = ['matches'] as const;

export const matchQueryKey = (resumeId: string, target: MatchTarget) => [...matchesQueryKey, resumeId, target] as const;

/** A match computes without side effects, so it is cached as a query although it is a POST. */
export function getMatchQueryOptions(resumeId: string, target: MatchTarget) {
  return queryOptions({
    queryKey: matchQueryKey(resumeId, target),
    queryFn: () => matchResume({ resumeId, target }),
  });
}

export function useMatch(resumeId: string, target: MatchTarget) {
  return useQuery(getMatchQueryOptions(resumeId, target));
}
