import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { PageSpinner } from '@/components/ui/spinner';
import { ApiError, errorMessage } from '@/lib/api-error';
import { plural } from '@/lib/plural';

import type { TestDisagreement } from '../api/check-coding-problem';
import { useCreateCodingProblem } from '../api/create-coding-problem';
import { useCodingProblem, type CodingProblem } from '../api/get-coding-problem';
import { useUpdateCodingProblem } from '../api/update-coding-problem';
import { codingSaveErrors, testDisagreements } from '../lib/coding-problem-errors';
import {
  changedCodingFields,
  codingProblemSchema,
  emptyCodingProblem,
  toCodingProblemCreate,
  toCodingProblemValues,
  type CodingProblemValues,
} from '../lib/coding-problem-form';
import { TestDisagreements } from './coding-check-report';
import { ExamplesEditor, TestsEditor } from './coding-cases-editor';
import { ProblemBasics, ProblemReferences, ProblemSignature, ProblemSolution } from './coding-problem-fields';

/** Why a save was refused when no single field is to blame, shown once above the buttons. */
interface SaveProblem {
  message: string;
  lines: string[];
  disagreements: TestDisagreement[] | null;
}

function describeFailure(error: unknown, rest: string[]): SaveProblem {
  const unavailable = error instanceof ApiError && error.status === 503;
  const message = unavailable
    ? `${errorMessage(error)} Nothing was saved; what you typed is still here, so try again once code can run.`
    : rest.length > 0
      ? 'Nothing was saved: the server refused these values.'
      : errorMessage(error);
  return { message, lines: rest, disagreements: testDisagreements(error) };
}

function SaveFailure({ problem }: { problem: SaveProblem }) {
  return (
    <div className="space-y-3">
      <ErrorAlert>
        <p>{problem.message}</p>
        {problem.lines.length > 0 ? (
          <ul className="mt-1 list-disc pl-5">
            {problem.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </ErrorAlert>
      {problem.disagreements ? (
        <TestDisagreements disagreements={problem.disagreements} label="Tests the references disagree with" />
      ) : null}
    </div>
  );
}

function CodingProblemForm({ problem, onDone }: { problem?: CodingProblem; onDone: () => void }) {
  const [initial] = useState(() => (problem ? toCodingProblemValues(problem) : emptyCodingProblem));
  const form = useForm<CodingProblemValues>({ resolver: zodResolver(codingProblemSchema), defaultValues: initial });
  const [failure, setFailure] = useState<SaveProblem | null>(null);
  const create = useCreateCodingProblem();
  const update = useUpdateCodingProblem();
  const isPending = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    const { fields, rest } = codingSaveErrors(error);
    // A field's error is shown beside it only; the rest once, above the buttons.
    fields.forEach(({ field, message }, index) =>
      form.setError(field, { type: 'server', message }, { shouldFocus: index === 0 }),
    );
    setFailure(fields.length > 0 && rest.length === 0 ? null : describeFailure(error, rest));
  };

  const onSubmit = form.handleSubmit((values) => {
    setFailure(null);
    if (!problem) {
      create.mutate(toCodingProblemCreate(values), {
        onSuccess: (created) => {
          toast.success(`Added “${created.title}”: both references pass its ${plural(created.tests.length, 'test')}.`);
          onDone();
        },
        onError,
      });
      return;
    }
    const changes = changedCodingFields(initial, values);
    if (Object.keys(changes).length === 0) {
      toast.info('Nothing changed, so nothing was saved.');
      onDone();
      return;
    }
    update.mutate(
      { problemId: problem.id, changes },
      {
        onSuccess: (saved) => {
          toast.success(`Saved “${saved.title}”.`);
          onDone();
        },
        onError,
      },
    );
  });

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={problem ? 'Edit coding problem' : 'New coding problem'}
        className="min-w-0 space-y-5"
      >
        <ProblemBasics isNew={!problem} />
        <ProblemSignature />
        <ExamplesEditor />
        <TestsEditor />
        <ProblemReferences />
        <ProblemSolution />
        {failure ? <SaveFailure problem={failure} /> : null}
        <div className="flex flex-wrap justify-end gap-3 border-t border-neutral-100 pt-4">
          <Button type="button" variant="secondary" disabled={isPending} onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" isLoading={isPending}>
            {isPending ? 'Running the tests…' : problem ? 'Save problem' : 'Add problem'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

function EditCodingProblem({ problemId, onDone }: { problemId: string; onDone: () => void }) {
  const problem = useCodingProblem(problemId);
  if (problem.isPending) return <PageSpinner label="Loading the problem…" />;
  if (problem.isError) return <ErrorAlert>{errorMessage(problem.error)}</ErrorAlert>;
  return <CodingProblemForm problem={problem.data} onDone={onDone} />;
}

interface CodingProblemFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The problem to edit; a new one when left out. */
  problemId?: string;
}

export function CodingProblemFormDialog({ open, onOpenChange, problemId }: CodingProblemFormDialogProps) {
  const onDone = () => onOpenChange(false);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={problemId ? 'Edit coding problem' : 'New coding problem'}
      description="Saving runs both reference solutions over every test; the problem is saved only if they all pass."
      className="max-w-4xl"
    >
      {/* Keyed so the form starts from the problem each time it opens. */}
      {problemId ? (
        <EditCodingProblem key={problemId} problemId={problemId} onDone={onDone} />
      ) : (
        <CodingProblemForm key="new" onDone={onDone} />
      )}
    </Dialog>
  );
}
