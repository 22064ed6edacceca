import type { UseMutationResult } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';

interface ImportCounts {
  created: number;
  updated: number;
}

interface ImportFileProps {
  /** The import's mutation: a file in, the counts of what it created and updated out. */
  importing: UseMutationResult<ImportCounts, unknown, File>;
  accept: string;
  hint: string;
  /** Called when the import is refused; the card shows what the API said. */
  onError?: (error: unknown) => void;
}

/** The file picker of an admin import card (label, hint) and its Import button: a refused
 *  import keeps the file chosen, a done one says what it created and updated and clears it. */
export function ImportFile({ importing, accept, hint, onError }: ImportFileProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);

  function onImport() {
    if (!file) return;
    importing.mutate(file, {
      onSuccess: ({ created, updated }) => {
        toast.success(`Imported ${file.name}: ${created} created, ${updated} updated.`);
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      onError,
    });
  }

  return (
    <>
      <div className="min-w-0 space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-neutral-800">
          Import file
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={accept}
          aria-describedby={`${inputId}-hint`}
          className="block max-w-full text-sm text-neutral-700 file:mr-3 file:rounded-lg file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            importing.reset();
          }}
        />
        <p id={`${inputId}-hint`} className="text-xs text-neutral-500">
          {hint}
        </p>
      </div>
      <Button variant="secondary" disabled={!file} isLoading={importing.isPending} onClick={onImport}>
        {importing.isPending ? null : <Upload aria-hidden="true" className="size-4" />}
        Import
      </Button>
    </>
  );
}
