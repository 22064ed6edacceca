import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { retriesQueryKey, type Retry } from './get-retries';

export type RetryCreate = components['schemas']['RetryCreate'];

export interface CreateRetryInput {
  interviewId: string;
  questionId: string;
  body: RetryCreate;
  /** The recorded take, uploaded once the attempt exists (its type is `body.media_type`). */
  take?: Blob | null;
}

function uploadTake(retryId: string, take: Blob): Promise<Retry> {
  return unwrap(
    api.PUT('/api/retries/{retry_id}/media', {
      params: { path: { retry_id: retryId } },
      // The schema calls raw bytes a string; the body goes out as is, not JSON-encoded.
      body: take as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
}

/** Records the attempt (evaluated in the background), then uploads its take if it was recorded. */
export async function createRetry({ interviewId, questionId, body, take }: CreateRetryInput): Promise<Retry> {
  const retry = await unwrap(
    api.POST('/api/interviews/{interview_id}/questions/{question_id}/retries', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
      body,
    }),
  );
  if (!take || retry.has_media || !body.media_type) return retry;
  return uploadTake(retry.id, take);
}

export function createRetryMutationOptions() {
  return mutationOptions({ mutationKey: ['results', 'retry'], mutationFn: createRetry });
}

export function useCreateRetry(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...createRetryMutationOptions(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: retriesQueryKey(interviewId) }),
  });
}
