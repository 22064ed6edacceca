import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { adminTemplatesQueryKey, type Template } from './get-templates';

export type TemplateUpdate = components['schemas']['TemplateUpdate'];

export function updateTemplate({
  templateId,
  changes,
}: {
  templateId: string;
  changes: TemplateUpdate;
}): Promise<Template> {
  return unwrap(
    api.PATCH('/api/templates/{template_id}', { params: { path: { template_id: templateId } }, body: changes }),
  );
}

export function updateTemplateMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'templates', 'update'], mutationFn: updateTemplate });
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateTemplateMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminTemplatesQueryKey }),
  });
}
