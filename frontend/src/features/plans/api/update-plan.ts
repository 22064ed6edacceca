import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { localToday } from '../lib/today';
import { plansQueryKey, type Plan } from './get-plans';

export type PlanUpdate = components['schemas']['PlanUpdate'];

/** A new date or pace: the server rebuilds the sessions from today, keeping done ones. */
export function updatePlan({ id, ...body }: PlanUpdate & { id: string }): Promise<Plan> {
  return unwrap(
    api.PATCH('/api/plans/{plan_id}', { params: { path: { plan_id: id } }, body: { today: localToday(), ...body } }),
  );
}

export function updatePlanMutationOptions() {
  return mutationOptions({ mutationKey: ['plans', 'update'], mutationFn: updatePlan });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updatePlanMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}
