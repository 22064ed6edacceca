import { ArchiveRestore, FlaskConical, Pencil, Plus, Search, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';
import { plural } from '@/lib/plural';

import { useDeleteCodingProblem } from '../api/delete-coding-problem';
import { useCodingProblems, type CodingProblemParams, type CodingProblemSummary } from '../api/get-coding-problems';
import { useCodingCheck } from '../hooks/use-coding-check';
import { useUpdateCodingProblem } from '../api/update-coding-problem';
import { useUrlFilters } from '../hooks/use-url-filters';
import {
  CODING_DIFFICULTIES as DIFFICULTIES,
  CODING_DIFFICULTY_LABELS as DIFFICULTY_LABELS,
  TOPIC_LABELS,
  TOPICS,
} from '../lib/coding-labels';
import { CodingCheckDialog } from './coding-check-dialog';
import { CodingProblemFormDialog } from './coding-problem-form-dialog';
import { CodingProblemTransfer } from './coding-problem-transfer';
import { PagedResults } from './paged-results';

const FILTER_KEYS = ['q', 'topic', 'difficulty', 'archived'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PAGE_SIZE = 20;

function toParams(filters: Filters, page: number): CodingProblemParams {
  return {
    q: filters.q || undefined,
    topic: TOPICS.find((topic) => topic === filters.topic),
    difficulty: DIFFICULTIES.find((difficulty) => difficulty === filters.difficulty),
    include_archived: filters.archived === 'yes' || undefined,
    page,
    page_size: PAGE_SIZE,
  };
}

function FiltersForm({ filters, onSearch }: { filters: Filters; onSearch: (filters: Filters) => void }) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof Filters, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  return (
    <form
      role="search"
      aria-label="Search coding problems"
      className="grid gap-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <FormField
        label="Search problems"
        placeholder="Words in the title"
        value={draft.q}
        onChange={(event) => set('q', event.target.value)}
      />
      <Field label="Topic">
        {(fieldProps) => (
          <Select {...fieldProps} value={draft.topic} onChange={(event) => set('topic', event.target.value)}>
            <option value="">All topics</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {TOPIC_LABELS[topic]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Difficulty">
        {(fieldProps) => (
          <Select {...fieldProps} value={draft.difficulty} onChange={(event) => set('difficulty', event.target.value)}>
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {DIFFICULTY_LABELS[difficulty]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex items-end">
        <Button type="submit">
          <Search aria-hidden="true" className="size-4" />
          Search
        </Button>
      </div>
      <label className="flex items-center gap-2 text-sm text-neutral-700 sm:col-span-2 lg:col-span-4">
        <input
          type="checkbox"
          checked={draft.archived === 'yes'}
          onChange={(event) => set('archived', event.target.checked ? 'yes' : '')}
        />
        Show archived problems
      </label>
    </form>
  );
}

interface RowActions {
  onEdit: () => void;
  onCheck: () => void;
  onDelete: () => void;
}

/** Archived problems (deleted after interviews used them) can be brought back for new interviews. */
function RestoreButton({ problem }: { problem: CodingProblemSummary }) {
  const update = useUpdateCodingProblem();
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Restore: ${problem.title}`}
      isLoading={update.isPending}
      onClick={() =>
        update.mutate(
          { problemId: problem.id, changes: { archived: false } },
          {
            onSuccess: () => toast.success('The problem is active again: new interviews can use it.'),
            onError: (error) => toast.error(errorMessage(error)),
          },
        )
      }
    >
      {update.isPending ? null : <ArchiveRestore aria-hidden="true" className="size-4" />}
    </Button>
  );
}

function ProblemRow({ problem, onEdit, onCheck, onDelete }: { problem: CodingProblemSummary } & RowActions) {
  return (
    <Tr>
      <Td>
        <span className="block font-medium text-neutral-900">{problem.title}</span>
        <span className="block text-xs text-neutral-500">{problem.slug}</span>
      </Td>
      <Td label="Topic">{TOPIC_LABELS[problem.topic]}</Td>
      <Td label="Difficulty">{DIFFICULTY_LABELS[problem.difficulty]}</Td>
      <Td label="Hidden tests">{problem.test_count}</Td>
      <Td label="Skills">{problem.skills.join(', ') || '—'}</Td>
      <Td label="Status">
        <Badge tone={problem.archived ? 'neutral' : 'success'}>{problem.archived ? 'Archived' : 'Active'}</Badge>
      </Td>
      <Td label="Updated" className="sm:whitespace-nowrap">
        {formatDate(problem.updated_at)}
      </Td>
      <Td>
        <div className="flex justify-end gap-1">
          <Button variant="ghost" size="sm" aria-label={`Edit: ${problem.title}`} onClick={onEdit}>
            <Pencil aria-hidden="true" className="size-4" />
          </Button>
          <Button variant="ghost" size="sm" aria-label={`Check: ${problem.title}`} onClick={onCheck}>
            <FlaskConical aria-hidden="true" className="size-4" />
          </Button>
          {problem.archived ? <RestoreButton problem={problem} /> : null}
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50"
            aria-label={`Delete: ${problem.title}`}
            onClick={onDelete}
          >
            <Trash2 aria-hidden="true" className="size-4" />
          </Button>
        </div>
      </Td>
    </Tr>
  );
}

/** The coding problems the rounds are drawn from: searched and paged; added, edited, checked, deleted, imported and exported. */
export function CodingProblems() {
  const { filters, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const problems = useCodingProblems(toParams(filters, page));
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CodingProblemSummary | null>(null);
  const remove = useDeleteCodingProblem();
  const check = useCodingCheck();
  return (
    <div className="space-y-6">
      <div className="flex justify-end">
        <Button onClick={() => setEditing('new')}>
          <Plus aria-hidden="true" className="size-4" />
          New problem
        </Button>
      </div>
      <FiltersForm key={JSON.stringify(filters)} filters={filters} onSearch={setFilters} />
      <CodingProblemTransfer />
      <section aria-labelledby="problems-heading" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="problems-heading" className="text-lg font-semibold text-neutral-900">
            Problems
          </h2>
          {problems.data ? (
            <p role="status" className="text-sm text-neutral-600">
              {plural(problems.data.total, 'problem')}
            </p>
          ) : null}
        </div>
        <PagedResults
          query={problems}
          loadingLabel="Loading coding problems…"
          emptyMessage="No coding problems match these filters."
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          pagesLabel="Problem pages"
        >
          {(items) => (
            <Table aria-labelledby="problems-heading" className="sm:min-w-[56rem]">
              <TableHead>
                <tr>
                  <Th>Problem</Th>
                  <Th>Topic</Th>
                  <Th>Difficulty</Th>
                  <Th>Hidden tests</Th>
                  <Th>Skills</Th>
                  <Th>Status</Th>
                  <Th>Updated</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </TableHead>
              <TableBody>
                {items.map((problem) => (
                  <ProblemRow
                    key={problem.id}
                    problem={problem}
                    onEdit={() => setEditing(problem.id)}
                    onCheck={() => check.start(problem)}
                    onDelete={() => setDeleting(problem)}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </PagedResults>
      </section>
      <CodingProblemFormDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        problemId={editing === 'new' || editing === null ? undefined : editing}
      />
      <CodingCheckDialog run={check} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title="Delete this problem?"
        description={
          <>
            “{deleting?.title}” is deleted. If interviews have used it, it is archived instead so their results stay
            complete.
          </>
        }
        confirmLabel="Delete problem"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: ({ result }) => {
              setDeleting(null);
              toast.success(
                result === 'archived'
                  ? 'Interviews used this problem, so it was archived instead: new interviews will not use it.'
                  : 'The problem is deleted.',
              );
            },
            onError: (error) => toast.error(errorMessage(error)),
          });
        }}
      />
    </div>
  );
}
