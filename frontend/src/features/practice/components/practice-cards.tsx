import { ErrorAlert } from '@/components/ui/alert';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useWeaknesses } from '../api/get-weaknesses';
import { PracticeSuggestion } from './practice-suggestion';
import { RecurringWeaknesses } from './recurring-weaknesses';

/** The dashboard's practice loop: what to practise next, and the weak spots that recur. */
export function PracticeCards() {
  const weaknesses = useWeaknesses();
  if (weaknesses.isPending) return <ListSkeleton rows={2} label="Loading your weak spots…" />;
  if (weaknesses.isError) return <ErrorAlert>{errorMessage(weaknesses.error)}</ErrorAlert>;
  const { suggestion, recurring, interviews_considered: considered } = weaknesses.data;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PracticeSuggestion suggestion={suggestion} />
      <RecurringWeaknesses entries={recurring} interviewsConsidered={considered} />
    </div>
  );
}
