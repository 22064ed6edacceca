import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { adminTemplatesQueryKey } from './get-templates';

export function deleteTemplate(templateId: string): Promise<void> {
  return unwrap(api.DELETE('/api/templates/{template_id}', { params: { path: { template_id: templateId } } }));
}

export function deleteTemplateMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'templates', 'delete'], mutationFn: deleteTemplate });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteTemplateMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminTemplatesQueryKey }),
  });
}
