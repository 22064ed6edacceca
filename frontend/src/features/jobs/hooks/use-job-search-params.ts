import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { JobSearchParams, JobType } from '../api/search-jobs';
import { JOB_TYPES } from '../lib/job-format';

export const JOBS_PAGE_SIZE = 10;

export type JobSort = NonNullable<JobSearchParams['sort']>;
const SORTS: JobSort[] = ['match', 'relevance', 'newest'];

/** The search as the person set it: what the URL holds, everything optional. */
export interface JobFilters {
  q: string;
  location: string;
  job_type: JobType | '';
  skills: string;
  salary_min: string;
}

export const emptyFilters: JobFilters = { q: '', location: '', job_type: '', skills: '', salary_min: '' };

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function isJobType(value: string | null): value is JobType {
  return JOB_TYPES.includes(value as JobType);
}

/**
 * The job search lives in the URL (?q=&location=&job_type=&skills=&salary_min=&sort=&page=), so it
 * can be shared and survives reloads. With a resume to match, the best matches come first unless
 * the person sorts otherwise.
 */
export function useJobSearchParams(resumeId: string | null = null) {
  const [searchParams, setSearchParams] = useSearchParams();

  const filters = useMemo<JobFilters>(() => {
    const jobType = searchParams.get('job_type');
    return {
      q: searchParams.get('q') ?? '',
      location: searchParams.get('location') ?? '',
      job_type: isJobType(jobType) ? jobType : '',
      skills: searchParams.get('skills') ?? '',
      salary_min: positiveInt(searchParams.get('salary_min'))?.toString() ?? '',
    };
  }, [searchParams]);

  const page = Math.max(1, positiveInt(searchParams.get('page')) ?? 1);
  const defaultSort: JobSort = resumeId ? 'match' : 'relevance';
  const asked = SORTS.find((value) => value === searchParams.get('sort'));
  const sort: JobSort = asked === 'match' && !resumeId ? 'relevance' : (asked ?? defaultSort);

  const apiParams = useMemo<JobSearchParams>(() => {
    const params: JobSearchParams = { page, page_size: JOBS_PAGE_SIZE, sort };
    if (sort === 'match' && resumeId) params.resume_id = resumeId;
    if (filters.q.trim()) params.q = filters.q.trim();
    if (filters.location.trim()) params.location = filters.location.trim();
    if (filters.job_type) params.job_type = filters.job_type;
    if (filters.skills.trim()) params.skills = filters.skills.trim();
    if (filters.salary_min) params.salary_min = Number(filters.salary_min);
    return params;
  }, [filters, page, sort, resumeId]);

  /** A new search starts again at page 1, in the same order. */
  const setFilters = useCallback(
    (next: JobFilters) => {
      setSearchParams((current) => {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(next) as [keyof JobFilters, string][]) {
          if (value.trim()) params.set(key, value.trim());
        }
        const currentSort = current.get('sort');
        if (currentSort) params.set('sort', currentSort);
        return params;
      });
    },
    [setSearchParams],
  );

  /** Another order starts again at page 1; the default order leaves the URL clean. */
  const setSort = useCallback(
    (next: JobSort) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        params.delete('page');
        if (next === defaultSort) params.delete('sort');
        else params.set('sort', next);
        return params;
      });
    },
    [setSearchParams, defaultSort],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        if (nextPage <= 1) params.delete('page');
        else params.set('page', String(nextPage));
        return params;
      });
    },
    [setSearchParams],
  );

  return { filters, page, sort, apiParams, setFilters, setPage, setSort };
}
