import { FileDown } from 'lucide-react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-error';

import { useDownloadReport } from '../api/download-report';

/** Saves the results as a PDF (made on the server). */
export function ReportDownloadButton({ interviewId, role }: { interviewId: string; role: string }) {
  const download = useDownloadReport();
  return (
    <Button
      variant="secondary"
      isLoading={download.isPending}
      onClick={() =>
        download.mutate(
          { interviewId, role },
          { onError: (error) => toast.error(`The PDF could not be made: ${errorMessage(error)}`) },
        )
      }
    >
      {download.isPending ? null : <FileDown aria-hidden="true" className="size-4" />}
      {download.isPending ? 'Preparing the PDF…' : 'Download PDF'}
    </Button>
  );
}
