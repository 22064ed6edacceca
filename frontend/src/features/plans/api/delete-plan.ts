import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { plansQueryKey } from './get-plans';

export function deletePlan(planId: string): Promise<void> {
  return unwrap(api.DELETE('/api/plans/{plan_id}', { params: { path: { plan_id: planId } } }));
}

export function deletePlanMutationOptions() {
  return mutationOptions({ mutationKey: ['plans', 'delete'], mutationFn: deletePlan });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deletePlanMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}
