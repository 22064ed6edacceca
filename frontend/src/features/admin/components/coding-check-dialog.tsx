import { CircleCheck, RotateCw } from 'lucide-react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-error';
import { plural } from '@/lib/plural';

import type { CheckReport } from '../api/check-coding-problem';
import type { CodingCheck } from '../hooks/use-coding-check';
import { TestDisagreements } from './coding-check-report';

function Report({ report, testCount }: { report: CheckReport; testCount: number }) {
  return (
    <div className="space-y-3">
      {report.ok ? (
        <p role="status" className="flex gap-2 text-sm text-emerald-800">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          Both references pass all {plural(testCount, 'hidden test')} in Python and JavaScript. Nothing was saved.
        </p>
      ) : (
        <>
          <ErrorAlert>
            {plural(report.problems.length, 'disagreement')} between the tests and the references. Fix the test or the
            reference, then check again.
          </ErrorAlert>
          <TestDisagreements disagreements={report.problems} label="Failed tests" />
        </>
      )}
      {report.warnings.length > 0 ? (
        <div className="space-y-1">
          <h3 className="text-sm font-medium text-neutral-800">Warnings</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-neutral-700">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** A stored problem's check: the run while it lasts, then which tests failed and why. */
export function CodingCheckDialog({ run }: { run: CodingCheck }) {
  const { problem, open, setOpen, check, elapsed, start } = run;
  if (!problem) return null;
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Check “${problem.title}”`}
      description="Runs the Python and JavaScript references over every hidden test. Nothing is saved."
    >
      <div className="space-y-4">
        {check.isPending ? (
          <p role="status" className="flex items-center gap-2 text-sm text-neutral-700">
            <Spinner />
            Running both references over {plural(problem.test_count, 'hidden test')}…
            {/* Hidden from the live region, which would otherwise be read out every second. */}
            <span aria-hidden="true" className="tabular-nums">
              {elapsed} s
            </span>
          </p>
        ) : check.isError ? (
          <ErrorAlert>{errorMessage(check.error)}</ErrorAlert>
        ) : check.data ? (
          <Report report={check.data} testCount={problem.test_count} />
        ) : null}
        <div className="flex flex-wrap justify-end gap-3 border-t border-neutral-100 pt-4">
          <Button variant="secondary" disabled={check.isPending} onClick={() => start(problem)}>
            <RotateCw aria-hidden="true" className="size-4" />
            Check again
          </Button>
          <Button onClick={() => setOpen(false)}>Done</Button>
        </div>
      </div>
    </Dialog>
  );
}
