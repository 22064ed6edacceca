import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { sharesQueryKey, type ShareLink } from './get-shares';

export type ShareCreate = components['schemas']['ShareCreate'];

export function createShare({ interviewId, body }: { interviewId: string; body: ShareCreate }): Promise<ShareLink> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/shares', { params: { path: { interview_id: interviewId } }, body }),
  );
}

export function createShareMutationOptions() {
  return mutationOptions({ mutationKey: ['results', 'share'], mutationFn: createShare });
}

export function useCreateShare(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...createShareMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryKey(interviewId) }),
  });
}
