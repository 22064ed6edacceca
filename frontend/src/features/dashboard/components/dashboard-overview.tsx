import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useHistory } from '../api/get-history';
import { useStats } from '../api/get-stats';
import { DeliveryTrend } from './delivery-trend';
import { HISTORY_PAGE_SIZE, HistoryTable } from './history-table';
import { InterviewsEmptyState } from './interviews-empty-state';
import { ProgressCharts } from './progress-charts';
import { StatsCards } from './stats-cards';

/** Stats, progress charts and history; the empty state before the first interview. `practice`:
 * what to practise next (composed by the page, from the practice feature). */
export function DashboardOverview({ practice }: { practice?: ReactNode }) {
  const stats = useStats();
  // The history's first page: it says whether there is anything at all (and the table reuses it).
  const firstPage = useHistory(1, HISTORY_PAGE_SIZE);
  if (stats.isPending || firstPage.isPending) return <ListSkeleton rows={3} label="Loading your dashboard…" />;
  if (stats.isError || firstPage.isError) {
    return (
      <div className="space-y-3">
        <ErrorAlert>{errorMessage(stats.error ?? firstPage.error)}</ErrorAlert>
        <Button
          variant="secondary"
          onClick={() => {
            void stats.refetch();
            void firstPage.refetch();
          }}
        >
          Try again
        </Button>
      </div>
    );
  }
  if (firstPage.data.total === 0) return <InterviewsEmptyState />;
  return (
    <div className="space-y-8">
      <StatsCards stats={stats.data} />
      {practice}
      <ProgressCharts />
      <DeliveryTrend />
      <HistoryTable />
    </div>
  );
}
