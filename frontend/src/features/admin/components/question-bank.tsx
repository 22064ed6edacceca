import { Archive, ArchiveRestore, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';
import { plural } from '@/lib/plural';

import { useDeleteQuestion } from '../api/delete-question';
import { useQuestions, type BankQuestion, type QuestionListParams } from '../api/get-questions';
import { useUpdateQuestion } from '../api/update-question';
import { useUrlFilters } from '../hooks/use-url-filters';
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTY_LABELS } from '../lib/labels';
import { QUESTION_FILTER_KEYS, type QuestionFilters } from '../lib/question-filters';
import { QuestionFiltersForm } from './question-filters';
import { PagedResults } from './paged-results';
import { QuestionFormDialog } from './question-form-dialog';
import { QuestionTransfer } from './question-transfer';

const PAGE_SIZE = 20;

function toParams(filters: QuestionFilters, page: number): QuestionListParams {
  const category = CATEGORIES.find((item) => item === filters.category);
  const difficulty = ['1', '2', '3'].includes(filters.difficulty) ? Number(filters.difficulty) : undefined;
  return {
    q: filters.q || undefined,
    category,
    difficulty,
    skill: filters.skill || undefined,
    include_archived: filters.archived === 'true' || undefined,
    page,
    page_size: PAGE_SIZE,
  };
}

function short(text: string, length = 90) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function QuestionRow({
  question,
  onEdit,
  onDelete,
}: {
  question: BankQuestion;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const update = useUpdateQuestion();
  const name = short(question.text, 40);
  return (
    <Tr>
      <Td className="sm:max-w-md">
        <span className="block font-medium text-neutral-900">{question.text}</span>
        <span className="block text-xs text-neutral-500">{question.slug}</span>
      </Td>
      <Td label="Category">{CATEGORY_LABELS[question.category]}</Td>
      <Td label="Difficulty">{DIFFICULTY_LABELS[question.difficulty ?? 2]}</Td>
      <Td label="Skills">{(question.skills ?? []).join(', ') || '—'}</Td>
      <Td label="Status">
        {question.archived ? <Badge tone="warning">Archived</Badge> : <Badge tone="success">Active</Badge>}
      </Td>
      <Td>
        <div className="flex justify-end gap-1">
          <Button variant="ghost" size="sm" aria-label={`Edit: ${name}`} onClick={onEdit}>
            <Pencil aria-hidden="true" className="size-4" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`${question.archived ? 'Restore' : 'Archive'}: ${name}`}
            isLoading={update.isPending}
            onClick={() =>
              update.mutate(
                { questionId: question.id, changes: { archived: !question.archived } },
                {
                  onSuccess: () =>
                    toast.success(
                      question.archived
                        ? 'The question is active again.'
                        : 'The question is archived: new interviews will not use it.',
                    ),
                  onError: (error) => toast.error(errorMessage(error)),
                },
              )
            }
          >
            {update.isPending ? null : question.archived ? (
              <ArchiveRestore aria-hidden="true" className="size-4" />
            ) : (
              <Archive aria-hidden="true" className="size-4" />
            )}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50"
            aria-label={`Delete: ${name}`}
            onClick={onDelete}
          >
            <Trash2 aria-hidden="true" className="size-4" />
          </Button>
        </div>
      </Td>
    </Tr>
  );
}

/** The question bank: search and filter, add and edit, archive or delete, import and export. */
export function QuestionBank() {
  const { filters, page, setFilters, setPage } = useUrlFilters(QUESTION_FILTER_KEYS);
  const questions = useQuestions(toParams(filters, page));
  const [editing, setEditing] = useState<BankQuestion | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BankQuestion | null>(null);
  const remove = useDeleteQuestion();

  return (
    <div className="space-y-6">
      <div className="flex justify-end">
        <Button onClick={() => setEditing('new')}>
          <Plus aria-hidden="true" className="size-4" />
          New question
        </Button>
      </div>
      <QuestionFiltersForm key={JSON.stringify(filters)} filters={filters} onSearch={setFilters} />
      <QuestionTransfer />
      <section aria-labelledby="questions-heading" className="space-y-3">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="questions-heading" className="text-lg font-semibold text-neutral-900">
            Questions
          </h2>
          {questions.data ? (
            <p role="status" className="text-sm text-neutral-600">
              {plural(questions.data.total, 'question')}
            </p>
          ) : null}
        </div>
        <PagedResults
          query={questions}
          loadingLabel="Loading questions…"
          emptyMessage="No questions match these filters."
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          pagesLabel="Question pages"
        >
          {(items) => (
            <Table aria-labelledby="questions-heading" className="sm:min-w-[56rem]">
              <TableHead>
                <tr>
                  <Th>Question</Th>
                  <Th>Category</Th>
                  <Th>Difficulty</Th>
                  <Th>Skills</Th>
                  <Th>Status</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </TableHead>
              <TableBody>
                {items.map((question) => (
                  <QuestionRow
                    key={question.id}
                    question={question}
                    onEdit={() => setEditing(question)}
                    onDelete={() => setDeleting(question)}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </PagedResults>
      </section>
      <QuestionFormDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        question={editing === 'new' || editing === null ? undefined : editing}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title="Delete this question?"
        description={
          <>
            “{deleting ? short(deleting.text) : ''}” is deleted. If interviews have used it, it is archived instead so
            their results stay complete.
          </>
        }
        confirmLabel="Delete question"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: ({ result }) => {
              setDeleting(null);
              toast.success(
                result === 'archived'
                  ? 'Interviews used this question, so it was archived instead.'
                  : 'The question is deleted.',
              );
            },
            onError: (error) => toast.error(errorMessage(error)),
          });
        }}
      />
    </div>
  );
}
