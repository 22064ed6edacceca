import { ChevronDown, Pencil, Play, Trash2 } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';

import { useDeleteJobDescription } from '../api/delete-job-description';
import type { JobDescription } from '../api/get-job-descriptions';
import { formatYearsRequired, jobDescriptionTitle, SENIORITY_LABELS } from '../lib/job-format';
import { JobDescriptionRenameForm } from './job-description-rename-form';
import { SkillChips } from './skill-chips';

export function JobDescriptionItem({
  description,
  renderMatch,
}: {
  description: JobDescription;
  renderMatch: (description: JobDescription) => ReactNode;
}) {
  const [showMatch, setShowMatch] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const remove = useDeleteJobDescription();
  const matchId = useId();
  const title = jobDescriptionTitle(description);
  const { parsed } = description;
  const facts = [
    parsed.seniority ? SENIORITY_LABELS[parsed.seniority] : null,
    formatYearsRequired(parsed.years_required),
    `Saved ${formatDate(description.created_at)}`,
  ].filter(Boolean);

  return (
    <li className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          {renaming ? (
            <JobDescriptionRenameForm description={description} onDone={() => setRenaming(false)} />
          ) : (
            <h3 className="font-semibold text-neutral-900">{title}</h3>
          )}
          <p className="text-sm text-neutral-600">{facts.join(' · ')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {renaming ? null : (
            <Button variant="ghost" size="sm" aria-label={`Rename ${title}`} onClick={() => setRenaming(true)}>
              <Pencil aria-hidden="true" className="size-4" />
              Rename
            </Button>
          )}
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={showMatch}
            aria-controls={matchId}
            aria-label={`${showMatch ? 'Hide match' : 'Match with my resume'}: ${title}`}
            onClick={() => setShowMatch((shown) => !shown)}
          >
            {showMatch ? 'Hide match' : 'Match with my resume'}
            <ChevronDown aria-hidden="true" className={cn('size-4 transition-transform', showMatch && 'rotate-180')} />
          </Button>
          <Button asChild size="sm">
            <Link
              to={paths.app.newInterview.forJobDescription(description.id)}
              aria-label={`Practise for this job: ${title}`}
            >
              <Play aria-hidden="true" className="size-4" />
              Practise for this job
            </Link>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            aria-label={`Delete ${title}`}
            onClick={() => setConfirming(true)}
          >
            <Trash2 aria-hidden="true" className="size-4" />
            Delete
          </Button>
        </div>
      </div>
      {(parsed.required_skills ?? []).length > 0 ? (
        <SkillChips skills={parsed.required_skills ?? []} label={`Required skills for ${title}`} max={10} />
      ) : null}
      <div id={matchId}>
        {showMatch ? <div className="border-t border-neutral-100 pt-5">{renderMatch(description)}</div> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete “${title}”?`}
        description="The saved job description is removed. This cannot be undone."
        confirmLabel="Delete job description"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(description.id, {
            onSuccess: () => {
              setConfirming(false);
              toast.success(`Deleted “${title}”.`);
            },
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      />
    </li>
  );
}
