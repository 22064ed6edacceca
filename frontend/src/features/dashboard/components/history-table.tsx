import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Pagination } from '@/components/ui/pagination';
import { JobBesideRole, RoleLevel } from '@/components/ui/role-level';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import { useHistory, type HistoryItem } from '../api/get-history';
import { STATUS_LABELS, STATUS_TONES } from '../lib/format';

export const HISTORY_PAGE_SIZE = 5;

function HistoryLink({ item }: { item: HistoryItem }) {
  const label = { completed: 'View results', scheduled: 'Start', in_progress: 'Continue', abandoned: 'Open' }[
    item.status
  ];
  const to = item.status === 'completed' ? paths.app.interviewResults.to(item.id) : paths.app.interview.to(item.id);
  return (
    <Link to={to} className="font-medium text-indigo-700 hover:underline">
      {label}
      <span className="sr-only">
        : {item.role}, {formatDate(item.completed_at ?? item.created_at)}
      </span>
    </Link>
  );
}

/** My interviews with their scores, a page at a time. */
export function HistoryTable() {
  const [page, setPage] = useState(1);
  const history = useHistory(page, HISTORY_PAGE_SIZE);
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold text-neutral-900">
        History
      </h2>
      {history.isPending ? <ListSkeleton rows={2} label="Loading your interviews…" /> : null}
      {history.isError ? <ErrorAlert>{errorMessage(history.error)}</ErrorAlert> : null}
      {history.data ? (
        <>
          <Table aria-labelledby="history-heading">
            <TableHead>
              <tr>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th>Date</Th>
                <Th>Overall score</Th>
                <Th>
                  <span className="sr-only">Open</span>
                </Th>
              </tr>
            </TableHead>
            <TableBody>
              {history.data.items.map((item) => (
                <Tr key={item.id}>
                  <Td>
                    <span className="font-medium text-neutral-900">{item.role}</span>
                    <RoleLevel role={item.role} seniority={item.seniority} />
                    {item.mode === 'drill' ? (
                      <Badge tone="accent" className="ml-2">
                        Drill
                      </Badge>
                    ) : null}
                    <JobBesideRole interview={item} />
                  </Td>
                  <Td label="Status">
                    <Badge tone={STATUS_TONES[item.status]}>{STATUS_LABELS[item.status]}</Badge>
                  </Td>
                  <Td label="Date">{formatDate(item.completed_at ?? item.created_at)}</Td>
                  <Td label="Overall score" className="tabular-nums">
                    {item.overall == null ? '—' : `${item.overall} / 100`}
                  </Td>
                  <Td className="pt-2 text-right sm:pt-3">
                    <HistoryLink item={item} />
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
          {history.data.total > HISTORY_PAGE_SIZE ? (
            <Pagination
              page={page}
              pageCount={Math.ceil(history.data.total / HISTORY_PAGE_SIZE)}
              onPageChange={setPage}
              label="History pages"
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
