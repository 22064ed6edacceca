import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import type { CodingLanguage, QuestionRef } from './get-coding-question';

export type SnapshotSaved = components['schemas']['SnapshotSaved'];

export interface SaveSnapshotInput extends QuestionRef {
  code: string;
  language: CodingLanguage;
  event: 'edit' | 'run';
}

export function saveSnapshot({
  interviewId,
  questionId,
  code,
  language,
  event,
}: SaveSnapshotInput): Promise<SnapshotSaved> {
  return unwrap(
    api.POST('/api/coding/interviews/{interview_id}/questions/{question_id}/snapshots', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
      body: { code, language, event },
    }),
  );
}

export function saveSnapshotMutationOptions() {
  return mutationOptions({ mutationKey: ['coding', 'snapshot'], mutationFn: saveSnapshot });
}

export function useSaveSnapshot() {
  return useMutation(saveSnapshotMutationOptions());
}
