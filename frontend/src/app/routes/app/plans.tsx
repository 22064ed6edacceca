import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { PageSpinner } from '@/components/ui/spinner';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlanForm } from '@/features/plans/components/plan-form';
import { PlanView } from '@/features/plans/components/plan-view';
import { errorMessage } from '@/lib/api-error';

export default function PlansRoute() {
  const plans = usePlans();
  const [params] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const items = plans.data ?? [];
  const showForm = adding || (plans.isSuccess && items.length === 0);
  return (
    <>
      <PageHeader
        title="Interview plan"
        description="Enter the date of your real interview: you get practice sessions spaced until then, and reminders when one is due."
        actions={
          items.length && !adding ? (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              Plan another interview
            </Button>
          ) : null
        }
      />
      {plans.isPending ? <PageSpinner label="Loading your plans…" /> : null}
      {plans.isError ? <ErrorAlert>{errorMessage(plans.error)}</ErrorAlert> : null}
      <div className="space-y-6">
        {showForm ? (
          <Card>
            <CardContent>
              <PlanForm catalogJobId={params.get('job_id')} onCreated={() => setAdding(false)} />
            </CardContent>
          </Card>
        ) : null}
        {items.map((plan) => (
          <PlanView key={plan.id} plan={plan} />
        ))}
      </div>
    </>
  );
}
