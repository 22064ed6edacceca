import { Plus, Video } from 'lucide-react';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Pagination } from '@/components/ui/pagination';
import { JobBesideRole, RoleLevel } from '@/components/ui/role-level';
import { Select } from '@/components/ui/select';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import type { InterviewStatus } from '../api/get-interview';
import { useInterviews, type InterviewSummary } from '../api/get-interviews';
import { STATUS_LABELS } from '../lib/labels';
import { InterviewStatusBadge } from './interview-status-badge';

const PAGE_SIZE = 10;
const STATUSES = Object.keys(STATUS_LABELS) as InterviewStatus[];

function isStatus(value: string | null): value is InterviewStatus {
  return STATUSES.includes(value as InterviewStatus);
}

function InterviewAction({ interview }: { interview: InterviewSummary }) {
  if (interview.status === 'completed') {
    return (
      <Link to={paths.app.interviewResults.to(interview.id)} className="font-medium text-indigo-700 hover:underline">
        Results<span className="sr-only">: {interview.role}</span>
      </Link>
    );
  }
  if (interview.status === 'abandoned') return <span className="text-neutral-500">—</span>;
  return (
    <Link to={paths.app.interview.to(interview.id)} className="font-medium text-indigo-700 hover:underline">
      {interview.status === 'scheduled' ? 'Start' : 'Continue'}
      <span className="sr-only">: {interview.role}</span>
    </Link>
  );
}

/** My interviews, filtered by status, newest first. State lives in the URL. */
export function InterviewList() {
  const selectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const interviews = useInterviews({ status, page, page_size: PAGE_SIZE });
  const noneAtAll = !status && interviews.data?.total === 0;

  function update(next: { status?: string; page?: number }) {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next.status !== undefined) {
        if (next.status) params.set('status', next.status);
        else params.delete('status');
        params.delete('page');
      }
      if (next.page !== undefined) {
        if (next.page <= 1) params.delete('page');
        else params.set('page', String(next.page));
      }
      return params;
    });
  }

  return (
    <div className="space-y-4">
      {/* Nothing to filter before the first interview. */}
      {noneAtAll ? null : (
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="w-56 space-y-1.5">
            <Label htmlFor={selectId}>Status</Label>
            <Select id={selectId} value={status ?? ''} onChange={(event) => update({ status: event.target.value })}>
              <option value="">All interviews</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </Select>
          </div>
        </div>
      )}
      {interviews.isPending ? <ListSkeleton rows={3} label="Loading your interviews…" /> : null}
      {interviews.isError ? <ErrorAlert>{errorMessage(interviews.error)}</ErrorAlert> : null}
      {interviews.data?.total === 0 ? (
        <div className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-12 text-center">
          <Video aria-hidden="true" className="mx-auto size-8 text-neutral-400" />
          {status ? (
            <>
              <p className="mt-3 font-medium text-neutral-900">No interviews with this status</p>
              <p className="mx-auto mt-1 max-w-md text-sm text-neutral-600">
                None of your interviews is “{STATUS_LABELS[status].toLowerCase()}”.
              </p>
              <Button variant="secondary" className="mt-4" onClick={() => update({ status: '' })}>
                Show all interviews
              </Button>
            </>
          ) : (
            <>
              <p className="mt-3 font-medium text-neutral-900">No interviews yet</p>
              <p className="mx-auto mt-1 max-w-md text-sm text-neutral-600">
                Set one up for the job you are aiming for: it appears here to continue, and its results once you finish.
              </p>
              <Button asChild className="mt-4">
                <Link to={paths.app.newInterview.to()}>
                  <Plus aria-hidden="true" className="size-4" />
                  New interview
                </Link>
              </Button>
            </>
          )}
        </div>
      ) : null}
      {interviews.data && interviews.data.total > 0 ? (
        <>
          <Table aria-label="My interviews">
            <TableHead>
              <tr>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th>Answered</Th>
                <Th>Created</Th>
                <Th>
                  <span className="sr-only">Action</span>
                </Th>
              </tr>
            </TableHead>
            <TableBody>
              {interviews.data.items.map((interview) => (
                <Tr key={interview.id}>
                  <Td>
                    <span className="font-medium text-neutral-900">{interview.role}</span>
                    <RoleLevel role={interview.role} seniority={interview.seniority} />
                    {interview.mode === 'drill' ? (
                      <Badge tone="accent" className="ml-2">
                        Drill
                      </Badge>
                    ) : null}
                    <JobBesideRole interview={interview} />
                  </Td>
                  <Td label="Status">
                    <InterviewStatusBadge status={interview.status} />
                  </Td>
                  <Td label="Answered">
                    {interview.answered_count} of {interview.question_count}
                  </Td>
                  <Td label="Created">{formatDate(interview.created_at)}</Td>
                  <Td className="pt-2 text-right sm:pt-3">
                    <InterviewAction interview={interview} />
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
          {interviews.data.total > PAGE_SIZE ? (
            <Pagination
              page={page}
              pageCount={Math.ceil(interviews.data.total / PAGE_SIZE)}
              label="Interview pages"
              onPageChange={(next) => update({ page: next })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
