import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

interface PagedQuery<T> {
  data?: { items: T[]; total: number };
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface PagedResultsProps<T> {
  query: PagedQuery<T>;
  /** What the skeleton announces while the page loads. */
  loadingLabel: string;
  /** Said when nothing matches. */
  emptyMessage: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The pagination's accessible name. */
  pagesLabel: string;
  /** The table of one page's items. */
  children: (items: T[]) => ReactNode;
}

/** One page of a searched admin list: loading, error, nothing found, or its table and pages. */
export function PagedResults<T>({
  query,
  loadingLabel,
  emptyMessage,
  page,
  pageSize,
  onPageChange,
  pagesLabel,
  children,
}: PagedResultsProps<T>) {
  return (
    <>
      {query.isPending ? <ListSkeleton rows={4} label={loadingLabel} /> : null}
      {query.isError ? <ErrorAlert>{errorMessage(query.error)}</ErrorAlert> : null}
      {query.data?.items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center text-sm text-neutral-600">
          {emptyMessage}
        </p>
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          {children(query.data.items)}
          {query.data.total > pageSize ? (
            <Pagination
              page={page}
              pageCount={Math.ceil(query.data.total / pageSize)}
              onPageChange={onPageChange}
              label={pagesLabel}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
