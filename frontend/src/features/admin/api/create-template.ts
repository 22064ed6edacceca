import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { adminTemplatesQueryKey, type Template } from './get-templates';

export type TemplateCreate = components['schemas']['TemplateCreate'];

export function createTemplate(body: TemplateCreate): Promise<Template> {
  return unwrap(api.POST('/api/templates', { body }));
}

export function createTemplateMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'templates', 'create'], mutationFn: createTemplate });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createTemplateMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminTemplatesQueryKey }),
  });
}
