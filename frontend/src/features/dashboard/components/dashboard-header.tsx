import { Plus } from 'lucide-react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

import { useHistory } from '../api/get-history';
import { HISTORY_PAGE_SIZE } from './history-table';

/** Before the first interview the empty state's button is the one way to start: two would compete. */
function useOffersNewInterview(): boolean {
  const firstPage = useHistory(1, HISTORY_PAGE_SIZE);
  if (firstPage.isPending) return false;
  return firstPage.isError || firstPage.data.total > 0;
}

export function DashboardHeader({ fullName }: { fullName: string }) {
  const offersNewInterview = useOffersNewInterview();
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">Welcome, {fullName}</h1>
        <p className="mt-1 text-neutral-600">Practise the interview before it counts.</p>
      </div>
      {offersNewInterview ? (
        <Button asChild size="lg">
          <Link to={paths.app.newInterview.to()}>
            <Plus aria-hidden="true" className="size-4" />
            Start a new interview
          </Link>
        </Button>
      ) : null}
    </div>
  );
}
