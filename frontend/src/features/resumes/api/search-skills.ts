import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type SkillSuggestion = components['schemas']['SkillItem'];

/** Shorter queries match too much to help. */
export const MIN_SKILL_QUERY = 2;
export const SKILL_SUGGESTIONS = 8;

export function searchSkills(q: string, signal?: AbortSignal): Promise<SkillSuggestion[]> {
  return unwrap(api.GET('/api/knowledge/skills', { params: { query: { q, limit: SKILL_SUGGESTIONS } }, signal })).then(
    (list) => list.items,
  );
}

export const skillSuggestionsQueryKey = (q: string) => ['knowledge', 'skills', q] as const;

export function searchSkillsQueryOptions(q: string) {
  return queryOptions({
    queryKey: skillSuggestionsQueryKey(q),
    queryFn: ({ signal }) => searchSkills(q, signal),
    enabled: q.length >= MIN_SKILL_QUERY,
    // The knowledge only changes with a new release of the app.
    staleTime: Infinity,
  });
}

export function useSkillSuggestions(q: string) {
  return useQuery({ ...searchSkillsQueryOptions(q), placeholderData: keepPreviousData });
}
