import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type DrillCreate = components['schemas']['DrillCreate'];
/** A short session: the server's default, said here so the request is explicit. */
export const DRILL_QUESTIONS = 3;

export type InterviewRead = components['schemas']['InterviewRead'];

export function startDrill(body: DrillCreate): Promise<InterviewRead> {
  return unwrap(api.POST('/api/drills', { body }));
}

export function startDrillMutationOptions() {
  return mutationOptions({ mutationKey: ['practice', 'drill'], mutationFn: startDrill });
}

export function useStartDrill() {
  const queryClient = useQueryClient();
  return useMutation({
    ...startDrillMutationOptions(),
    // A new scheduled interview: the dashboard's counts and history change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}
