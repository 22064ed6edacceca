import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { localToday } from '../lib/today';
import { plansQueryKey, type Plan } from './get-plans';

export type PlanCreate = components['schemas']['PlanCreate'];

export function createPlan(body: PlanCreate): Promise<Plan> {
  return unwrap(api.POST('/api/plans', { body: { today: localToday(), ...body } }));
}

export function createPlanMutationOptions() {
  return mutationOptions({ mutationKey: ['plans', 'create'], mutationFn: createPlan });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createPlanMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}
