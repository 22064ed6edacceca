import { Download } from 'lucide-react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';

import { useExportQuestions, type TransferFormat } from '../api/export-questions';
import { importRowErrors, useImportQuestions, type ImportRowError } from '../api/import-questions';
import { importFieldLabel } from '../lib/labels';

import { ImportFile } from './import-file';

function ImportErrors({ message, errors }: { message: string; errors: ImportRowError[] }) {
  return (
    <div className="space-y-3">
      <ErrorAlert>{message}</ErrorAlert>
      <Table aria-label="Import problems">
        <TableHead>
          <tr>
            <Th>Row</Th>
            <Th>Field</Th>
            <Th>Problem</Th>
          </tr>
        </TableHead>
        <TableBody>
          {errors.map((error, index) => (
            <Tr key={`${error.row}-${error.field}-${index}`}>
              <Td label="Row" className="tabular-nums">
                {error.row}
              </Td>
              <Td label="Field">{importFieldLabel(error.field)}</Td>
              <Td label="Problem">{error.message}</Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Import a JSON or CSV file (all rows or none; the problems listed by row), and export the bank. */
export function QuestionTransfer() {
  const importing = useImportQuestions();
  const exporting = useExportQuestions();
  const rowErrors = importing.isError ? importRowErrors(importing.error) : null;

  function onExport(format: TransferFormat) {
    exporting.mutate(format, { onError: (error) => toast.error(errorMessage(error)) });
  }

  return (
    <section
      aria-labelledby="transfer-heading"
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <h2 id="transfer-heading" className="text-base font-semibold text-neutral-900">
        Import and export
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <ImportFile
          importing={importing}
          accept=".json,.csv,application/json,text/csv"
          hint="JSON (a list of questions) or CSV with a header row. Rows with a known slug update that question."
          onError={(error) => {
            if (!importRowErrors(error)) toast.error(errorMessage(error));
          }}
        />
        <div className="ml-auto flex gap-2">
          {(['json', 'csv'] as const).map((format) => (
            <Button
              key={format}
              variant="secondary"
              isLoading={exporting.isPending && exporting.variables === format}
              disabled={exporting.isPending}
              onClick={() => onExport(format)}
            >
              <Download aria-hidden="true" className="size-4" />
              Export {format.toUpperCase()}
            </Button>
          ))}
        </div>
      </div>
      {rowErrors ? <ImportErrors message={errorMessage(importing.error)} errors={rowErrors} /> : null}
    </section>
  );
}
