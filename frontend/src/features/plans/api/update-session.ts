import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { localToday } from '../lib/today';
import { plansQueryKey, type Plan } from './get-plans';

export type SessionChange = { planId: string; sessionId: string } & (
  { action: 'done' } | { action: 'dismiss' } | { action: 'snooze'; days?: number }
);

/** Mark a practice session done by hand, skip it, or put its reminder off. */
export function updateSession(change: SessionChange): Promise<Plan> {
  const path = { plan_id: change.planId, session_id: change.sessionId };
  const today = localToday();
  if (change.action === 'snooze') {
    return unwrap(
      api.POST('/api/plans/{plan_id}/sessions/{session_id}/snooze', {
        params: { path },
        body: { today, days: change.days ?? 1 },
      }),
    );
  }
  if (change.action === 'dismiss') {
    return unwrap(
      api.POST('/api/plans/{plan_id}/sessions/{session_id}/dismiss', { params: { path }, body: { today } }),
    );
  }
  return unwrap(api.POST('/api/plans/{plan_id}/sessions/{session_id}/done', { params: { path }, body: { today } }));
}

export function updateSessionMutationOptions() {
  return mutationOptions({ mutationKey: ['plans', 'session'], mutationFn: updateSession });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateSessionMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}
