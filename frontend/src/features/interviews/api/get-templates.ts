import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type InterviewTemplate = components['schemas']['TemplateRead'];

/** The interview templates to start from, by name. */
export async function getTemplates(): Promise<InterviewTemplate[]> {
  const { items } = await unwrap(api.GET('/api/templates'));
  return items;
}

export const templatesQueryKey = ['interviews', 'templates'] as const;

export function getTemplatesQueryOptions() {
  return queryOptions({ queryKey: templatesQueryKey, queryFn: getTemplates });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
