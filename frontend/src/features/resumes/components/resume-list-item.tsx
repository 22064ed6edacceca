import { Download, FileText, Star, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate, formatFileSize } from '@/lib/format';

import { useDeleteResume } from '../api/delete-resume';
import { useDownloadResume } from '../api/download-resume';
import type { ResumeSummary } from '../api/get-resumes';
import { useSetDefaultResume } from '../api/set-default-resume';

function pageCount(count: number) {
  return `${count} ${count === 1 ? 'page' : 'pages'}`;
}

export function ResumeListItem({ resume }: { resume: ResumeSummary }) {
  const [confirming, setConfirming] = useState(false);
  const setDefault = useSetDefaultResume();
  const download = useDownloadResume();
  const remove = useDeleteResume();
  const onError = (error: unknown) => toast.error(errorMessage(error));

  return (
    <li className="flex flex-col gap-4 rounded-2xl border border-neutral-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-neutral-100 text-neutral-600">
          <FileText aria-hidden="true" className="size-5" />
        </span>
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              to={paths.app.resume.to(resume.id)}
              className="truncate font-medium text-neutral-900 hover:text-indigo-700 hover:underline"
            >
              {resume.filename}
            </Link>
            {resume.is_default ? (
              <Badge tone="accent">
                <Star aria-hidden="true" className="size-3" />
                Default
              </Badge>
            ) : null}
          </div>
          <p className="mt-1 text-sm text-neutral-600">
            <span className="uppercase">{resume.file_format}</span> · {pageCount(resume.page_count)} ·{' '}
            {formatFileSize(resume.size_bytes)} · Uploaded {formatDate(resume.created_at)}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="secondary" size="sm">
          <Link to={paths.app.resume.to(resume.id)} aria-label={`View profile of ${resume.filename}`}>
            View profile
          </Link>
        </Button>
        {resume.is_default ? null : (
          <Button
            variant="secondary"
            size="sm"
            isLoading={setDefault.isPending}
            aria-label={`Set ${resume.filename} as default`}
            onClick={() =>
              setDefault.mutate(resume.id, {
                onSuccess: () => toast.success(`${resume.filename} is now your default resume.`),
                onError,
              })
            }
          >
            Set as default
          </Button>
        )}
        <Button
          variant="secondary"
          size="sm"
          isLoading={download.isPending}
          aria-label={`Download ${resume.filename}`}
          onClick={() => download.mutate({ resumeId: resume.id, filename: resume.filename }, { onError })}
        >
          {download.isPending ? null : <Download aria-hidden="true" className="size-4" />}
          Download
        </Button>
        <Button
          variant="ghost"
          size="sm"
          className="text-red-700 hover:bg-red-50 hover:text-red-800"
          aria-label={`Delete ${resume.filename}`}
          onClick={() => setConfirming(true)}
        >
          <Trash2 aria-hidden="true" className="size-4" />
          Delete
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${resume.filename}?`}
        description="The file and everything read from it are removed. This cannot be undone."
        confirmLabel="Delete resume"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(resume.id, {
            onSuccess: () => {
              setConfirming(false);
              toast.success(`${resume.filename} was deleted.`);
            },
            onError,
          })
        }
      />
    </li>
  );
}
