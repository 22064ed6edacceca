import { Download } from 'lucide-react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-error';

import { useExportAccount } from '../api/export-account';

/** Downloads a zip of everything in the account, saying how it went in a live region. */
export function ExportAccountButton() {
  const exportData = useExportAccount();
  return (
    <div className="space-y-3">
      <Button variant="secondary" isLoading={exportData.isPending} onClick={() => exportData.mutate()}>
        <Download aria-hidden="true" className="size-4" />
        {exportData.isPending ? 'Preparing your data…' : 'Download my data'}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-neutral-600">
        {exportData.isPending
          ? 'Gathering your resumes, interviews and recordings. Large recordings take a while.'
          : null}
        {exportData.isSuccess ? 'Your data is downloaded as a zip file.' : null}
      </p>
      {exportData.isError ? <ErrorAlert>{errorMessage(exportData.error)}</ErrorAlert> : null}
    </div>
  );
}
