import { Download } from 'lucide-react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useExportCodingProblems } from '../api/export-coding-problems';
import { useImportCodingProblems } from '../api/import-coding-problems';
import { languageLabel } from '../lib/coding-labels';

import { ImportFile } from './import-file';

/** One problem of a refused import: a field that is not valid, or a test a reference disagrees with. */
interface ImportIssue {
  row: number;
  field?: string | null;
  test?: string;
  language?: string;
  message: string;
}

function importIssues(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Partial<ImportIssue>[]).filter(
    (item): item is ImportIssue => typeof item.row === 'number' && typeof item.message === 'string',
  );
}

function where(issue: ImportIssue): string {
  if (issue.test) return `Test “${issue.test}”${issue.language ? ` in ${languageLabel(issue.language)}` : ''}`;
  return issue.field || 'The whole problem';
}

function ImportFailure({ error }: { error: unknown }) {
  const issues = importIssues(error);
  return (
    <div className="space-y-3">
      <ErrorAlert>{errorMessage(error)}</ErrorAlert>
      {issues.length > 0 ? (
        <Table aria-label="Import problems" className="sm:min-w-0">
          <TableHead>
            <tr>
              <Th>Problem in the file</Th>
              <Th>Where</Th>
              <Th>What is wrong</Th>
            </tr>
          </TableHead>
          <TableBody>
            {issues.map((issue, index) => (
              <Tr key={`${issue.row}-${index}`}>
                <Td label="Problem in the file" className="tabular-nums">
                  {issue.row}
                </Td>
                <Td label="Where" className="break-words">
                  {where(issue)}
                </Td>
                <Td label="What is wrong" className="break-words whitespace-pre-wrap">
                  {issue.message}
                </Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}

/** Import a JSON file of problems (all of them or none) and export the active ones. */
export function CodingProblemTransfer() {
  const importing = useImportCodingProblems();
  const exporting = useExportCodingProblems();

  return (
    <section
      aria-labelledby="problem-transfer-heading"
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <h2 id="problem-transfer-heading" className="text-base font-semibold text-neutral-900">
        Import and export
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <ImportFile
          importing={importing}
          accept=".json,application/json"
          hint="A JSON list of problems, as the export writes it. A known slug updates that problem; every problem is checked against its references, and nothing is imported if one fails."
        />
        <Button
          variant="secondary"
          className="sm:ml-auto"
          isLoading={exporting.isPending}
          onClick={() => exporting.mutate(undefined, { onError: (error) => toast.error(errorMessage(error)) })}
        >
          <Download aria-hidden="true" className="size-4" />
          Export JSON
        </Button>
      </div>
      {importing.isError ? <ImportFailure error={importing.error} /> : null}
    </section>
  );
}
