import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type Template = components['schemas']['TemplateRead'];
export type CategoryMix = components['schemas']['CategoryMix'];

export async function getTemplates(): Promise<Template[]> {
  const { items } = await unwrap(api.GET('/api/templates'));
  return items;
}

export const adminTemplatesQueryKey = ['admin', 'templates'] as const;

export function getTemplatesQueryOptions() {
  return queryOptions({ queryKey: adminTemplatesQueryKey, queryFn: getTemplates });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
