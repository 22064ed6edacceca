import { ClipboardList } from 'lucide-react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { JobSearchForm } from '@/features/jobs/components/job-search-form';
import { JobSearchResults } from '@/features/jobs/components/job-search-results';
import { JobSortSelect } from '@/features/jobs/components/job-sort-select';
import { useJobSearchParams } from '@/features/jobs/hooks/use-job-search-params';
import { MatchBadge } from '@/features/matching/components/match-badge';
import { useDefaultResume } from '@/features/resumes/api/get-resumes';
import { DefaultResumeHint } from '@/features/resumes/components/default-resume-hint';

export default function JobsRoute() {
  const defaultResume = useDefaultResume();
  const resumeId = defaultResume.data?.id;
  const { filters, sort, apiParams, setFilters, setPage, setSort } = useJobSearchParams(resumeId ?? null);

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Search the job catalogue. Each job shows how well your default resume matches it."
        actions={
          <Button asChild variant="secondary">
            <Link to={paths.app.jobDescriptions}>
              <ClipboardList aria-hidden="true" className="size-4" />
              Paste a job description
            </Link>
          </Button>
        }
      />
      <div className="space-y-6">
        <JobSearchForm filters={filters} onSearch={setFilters} />
        {defaultResume.data === null ? <DefaultResumeHint /> : null}
        {/* Wait for the resume: with one, the best matches come first. */}
        {defaultResume.isPending ? (
          <ListSkeleton rows={4} label="Searching jobs…" />
        ) : (
          <JobSearchResults
            params={apiParams}
            onPageChange={setPage}
            actions={<JobSortSelect value={sort} canMatch={Boolean(resumeId)} onChange={setSort} />}
            renderMatch={resumeId ? (job) => <MatchBadge resumeId={resumeId} target={{ job_id: job.id }} /> : undefined}
          />
        )}
      </div>
    </>
  );
}
