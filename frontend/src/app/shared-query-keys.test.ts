import { describe, expect, it } from 'vitest';

import { jobDescriptionChoicesQueryKey } from '@/features/interviews/api/get-job-description-choices';
import { jobChoiceQueryKey } from '@/features/interviews/api/get-job-choice';
import { JOB_CHOICES_PAGE_SIZE, jobChoicesQueryKey } from '@/features/interviews/api/search-job-choices';
import { jobDescriptionsQueryKey } from '@/features/jobs/api/get-job-descriptions';
import { jobQueryKey } from '@/features/jobs/api/get-job';
import { jobSearchQueryKey } from '@/features/jobs/api/search-jobs';
import { getJobOptionsQueryOptions } from '@/features/plans/api/get-job-options';

// A job description saved on the Jobs page must show in the interview wizard without a reload,
// and a catalog job read by one feature must not be fetched again by the other.
describe('resources fetched by two features share one cache entry', () => {
  it('saved job descriptions', () => {
    expect(jobDescriptionChoicesQueryKey).toEqual(jobDescriptionsQueryKey);
    expect(getJobOptionsQueryOptions().queryKey).toEqual(jobDescriptionsQueryKey);
  });

  it('one catalog job', () => {
    expect(jobChoiceQueryKey('job-1')).toEqual(jobQueryKey('job-1'));
  });

  it('the same catalog search', () => {
    expect(jobChoicesQueryKey('nurse', 2)).toEqual(
      jobSearchQueryKey({ q: 'nurse', page: 2, page_size: JOB_CHOICES_PAGE_SIZE }),
    );
  });
});
