import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import type { CoachComment } from './get-comments';
import { sharedResultsQueryKey, type SharedResults } from './get-shared-results';

export type CommentCreate = components['schemas']['CommentCreate'];

export function addSharedComment({ token, body }: { token: string; body: CommentCreate }): Promise<CoachComment> {
  return unwrap(api.POST('/api/shared/{token}/comments', { params: { path: { token } }, body }));
}

export function addSharedCommentMutationOptions() {
  return mutationOptions({ mutationKey: ['shared', 'comment'], mutationFn: addSharedComment });
}

/** Adds the coach's comment to the page at once (re-reading the results would restart the video). */
export function useAddSharedComment(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...addSharedCommentMutationOptions(),
    onSuccess: (comment) =>
      queryClient.setQueryData<SharedResults>(sharedResultsQueryKey(token), (shared) =>
        shared ? { ...shared, comments: [...shared.comments, comment] } : shared,
      ),
  });
}
