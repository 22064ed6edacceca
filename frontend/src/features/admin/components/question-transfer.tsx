import { Download, Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';

import { useExportQuestions, type TransferFormat } from '../api/export-questions';
import { importRowErrors, useImportQuestions, type ImportRowError } from '../api/import-questions';
import { importFieldLabel } from '../lib/labels';

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
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const importing = useImportQuestions();
  const exporting = useExportQuestions();
  const rowErrors = importing.isError ? importRowErrors(importing.error) : null;

  function onImport() {
    if (!file) return;
    importing.mutate(file, {
      onSuccess: ({ created, updated }) => {
        toast.success(`Imported ${file.name}: ${created} created, ${updated} updated.`);
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      onError: (error) => {
        if (!importRowErrors(error)) toast.error(errorMessage(error));
      },
    });
  }

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
        <div className="space-y-1.5">
          <label htmlFor={inputId} className="block text-sm font-medium text-neutral-800">
            Import file
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={`${inputId}-hint`}
            className="block text-sm text-neutral-700 file:mr-3 file:rounded-lg file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              importing.reset();
            }}
          />
          <p id={`${inputId}-hint`} className="text-xs text-neutral-500">
            JSON (a list of questions) or CSV with a header row. Rows with a known slug update that question.
          </p>
        </div>
        <Button variant="secondary" disabled={!file} isLoading={importing.isPending} onClick={onImport}>
          {importing.isPending ? null : <Upload aria-hidden="true" className="size-4" />}
          Import
        </Button>
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
