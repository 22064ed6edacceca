import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { sharesQueryKey } from './get-shares';

export function revokeShare({ interviewId, shareId }: { interviewId: string; shareId: string }): Promise<void> {
  return unwrap(
    api.DELETE('/api/interviews/{interview_id}/shares/{share_id}', {
      params: { path: { interview_id: interviewId, share_id: shareId } },
    }),
  ).then(() => undefined);
}

export function revokeShareMutationOptions() {
  return mutationOptions({ mutationKey: ['results', 'revoke-share'], mutationFn: revokeShare });
}

export function useRevokeShare(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...revokeShareMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryKey(interviewId) }),
  });
}
