/**
 * One query key per API resource, whichever feature fetches it: what one feature changes or
 * loads is what every other feature shows of the same resource, from one cache entry.
 */
export const queryKeys = {
  /** GET /api/job-descriptions: the signed-in user's saved job descriptions. */
  jobDescriptions: ['job-descriptions', 'list'] as const,
  /** GET /api/jobs/{job_id}: one catalog job. */
  job: (jobId: string) => ['jobs', 'detail', jobId] as const,
  /** GET /api/jobs/search with these query parameters. */
  jobSearch: (params: object) => ['jobs', 'search', params] as const,
};
