import { Search } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Pagination } from '@/components/ui/pagination';
import { JobBesideRole, RoleLevel } from '@/components/ui/role-level';
import { Select } from '@/components/ui/select';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';
import { plural } from '@/lib/plural';

import { useAdminInterviews, type AdminInterview, type AdminInterviewParams } from '../api/get-admin-interviews';
import { useUrlFilters } from '../hooks/use-url-filters';
import { INTERVIEW_STATUS_LABELS } from '../lib/labels';

const FILTER_KEYS = ['candidate', 'status', 'from', 'to', 'min', 'max'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
type Status = keyof typeof INTERVIEW_STATUS_LABELS;
const STATUSES = Object.keys(INTERVIEW_STATUS_LABELS) as Status[];
const PAGE_SIZE = 20;

function score(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 100 ? number : undefined;
}

function toParams(filters: Filters, page: number): AdminInterviewParams {
  const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    candidate: filters.candidate || undefined,
    status: STATUSES.find((status) => status === filters.status),
    // Whole days, in UTC as the server reads a time without a zone.
    date_from: isDate(filters.from) ? `${filters.from}T00:00:00` : undefined,
    date_to: isDate(filters.to) ? `${filters.to}T23:59:59` : undefined,
    min_score: score(filters.min),
    max_score: score(filters.max),
    page,
    page_size: PAGE_SIZE,
  };
}

function FiltersForm({ filters, onSearch }: { filters: Filters; onSearch: (filters: Filters) => void }) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof Filters, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const range =
    score(draft.min) !== undefined && score(draft.max) !== undefined && Number(draft.min) > Number(draft.max);
  return (
    <form
      role="search"
      aria-label="Filter interviews"
      className="grid gap-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!range) onSearch(draft);
      }}
    >
      <FormField
        label="Candidate"
        placeholder="Name or email"
        value={draft.candidate}
        onChange={(event) => set('candidate', event.target.value)}
      />
      <Field label="Status">
        {(fieldProps) => (
          <Select {...fieldProps} value={draft.status} onChange={(event) => set('status', event.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {INTERVIEW_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormField
        label="Created from"
        type="date"
        value={draft.from}
        onChange={(event) => set('from', event.target.value)}
      />
      <FormField
        label="Created until"
        type="date"
        value={draft.to}
        onChange={(event) => set('to', event.target.value)}
      />
      <FormField
        label="Minimum score"
        type="number"
        min={0}
        max={100}
        value={draft.min}
        onChange={(event) => set('min', event.target.value)}
      />
      <FormField
        label="Maximum score"
        type="number"
        min={0}
        max={100}
        value={draft.max}
        error={range ? 'The maximum is below the minimum.' : undefined}
        onChange={(event) => set('max', event.target.value)}
      />
      <div className="flex items-end gap-2 lg:col-span-2">
        <Button type="submit">
          <Search aria-hidden="true" className="size-4" />
          Filter
        </Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => onSearch({ candidate: '', status: '', from: '', to: '', min: '', max: '' })}
        >
          Clear filters
        </Button>
      </div>
    </form>
  );
}

function InterviewRow({ interview }: { interview: AdminInterview }) {
  return (
    <Tr>
      <Td>
        <span className="block font-medium text-neutral-900">{interview.candidate_name}</span>
        <span className="block text-xs text-neutral-500">{interview.candidate_email}</span>
      </Td>
      <Td label="Role">
        <span>
          {interview.role}
          <RoleLevel role={interview.role} seniority={interview.seniority} />
          <JobBesideRole interview={interview} />
        </span>
      </Td>
      <Td label="Status">
        <Badge tone={interview.status === 'completed' ? 'success' : 'neutral'}>
          {INTERVIEW_STATUS_LABELS[interview.status]}
        </Badge>
      </Td>
      <Td label="Created">{formatDate(interview.created_at)}</Td>
      <Td label="Overall" className="tabular-nums">
        {interview.overall ?? '—'}
      </Td>
      <Td className="pt-2 text-right sm:pt-3">
        {interview.status === 'completed' ? (
          <Link
            to={paths.app.admin.interviewResults.to(interview.id)}
            className="font-medium text-indigo-700 hover:underline"
          >
            Results
            <span className="sr-only">
              : {interview.candidate_name}, {interview.role}
            </span>
          </Link>
        ) : null}
      </Td>
    </Tr>
  );
}

/** Every candidate's interviews, filtered, each finished one linking to its results. */
export function AdminInterviews() {
  const { filters, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const interviews = useAdminInterviews(toParams(filters, page));
  return (
    <div className="space-y-6">
      <FiltersForm key={JSON.stringify(filters)} filters={filters} onSearch={setFilters} />
      <section aria-labelledby="admin-interviews-heading" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="admin-interviews-heading" className="text-lg font-semibold text-neutral-900">
            Interviews
          </h2>
          {interviews.data ? (
            <p role="status" className="text-sm text-neutral-600">
              {plural(interviews.data.total, 'interview')}
            </p>
          ) : null}
        </div>
        {interviews.isPending ? <ListSkeleton rows={4} label="Loading interviews…" /> : null}
        {interviews.isError ? <ErrorAlert>{errorMessage(interviews.error)}</ErrorAlert> : null}
        {interviews.data?.items.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center text-sm text-neutral-600">
            No interviews match these filters.
          </p>
        ) : null}
        {interviews.data && interviews.data.items.length > 0 ? (
          <>
            <Table aria-labelledby="admin-interviews-heading">
              <TableHead>
                <tr>
                  <Th>Candidate</Th>
                  <Th>Role</Th>
                  <Th>Status</Th>
                  <Th>Created</Th>
                  <Th>Overall</Th>
                  <Th>
                    <span className="sr-only">Results</span>
                  </Th>
                </tr>
              </TableHead>
              <TableBody>
                {interviews.data.items.map((interview) => (
                  <InterviewRow key={interview.id} interview={interview} />
                ))}
              </TableBody>
            </Table>
            {interviews.data.total > PAGE_SIZE ? (
              <Pagination
                page={page}
                pageCount={Math.ceil(interviews.data.total / PAGE_SIZE)}
                onPageChange={setPage}
                label="Interview pages"
              />
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
