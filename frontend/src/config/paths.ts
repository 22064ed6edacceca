export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  /** Results shared with a coach: opened signed out. */
  shared: { pattern: '/shared/:token', to: (token: string) => `/shared/${encodeURIComponent(token)}` },
  app: {
    dashboard: '/app',
    resumes: '/app/resumes',
    resume: { pattern: '/app/resumes/:resumeId', to: (id: string) => `/app/resumes/${id}` },
    jobs: '/app/jobs',
    job: { pattern: '/app/jobs/:jobId', to: (id: string) => `/app/jobs/${id}` },
    jobDescriptions: '/app/job-descriptions',
    settings: '/app/settings',
    plans: '/app/plans',
    interviews: '/app/interviews',
    newInterview: {
      pattern: '/app/interviews/new',
      to: (jobId?: string) =>
        jobId ? `/app/interviews/new?job_id=${encodeURIComponent(jobId)}` : '/app/interviews/new',
      /** A plan's session: its kind (`short`, `full_mock`, `coding`) sets the format, with the plan's job if any. */
      forSession: (kind: string, job: { jobId?: string | null; jobDescriptionId?: string | null } = {}) => {
        const query = new URLSearchParams({ session: kind });
        if (job.jobId) query.set('job_id', job.jobId);
        else if (job.jobDescriptionId) query.set('job_description_id', job.jobDescriptionId);
        return `/app/interviews/new?${query.toString()}`;
      },
      /** "Practise again": the job, role, template and format of an earlier interview, prefilled. */
      from: (interviewId: string) => `/app/interviews/new?from=${encodeURIComponent(interviewId)}`,
      /** "Practise for this job" from a saved job description. */
      forJobDescription: (id: string) => `/app/interviews/new?job_description_id=${encodeURIComponent(id)}`,
    },
    interview: { pattern: '/app/interviews/:interviewId', to: (id: string) => `/app/interviews/${id}` },
    interviewResults: {
      pattern: '/app/interviews/:interviewId/results',
      to: (id: string) => `/app/interviews/${id}/results`,
    },
    interviewSetup: {
      pattern: '/app/interviews/:interviewId/setup',
      to: (id: string) => `/app/interviews/${id}/setup`,
    },
    deviceCheck: '/app/device-check',
    admin: {
      root: '/app/admin',
      questions: '/app/admin/questions',
      templates: '/app/admin/templates',
      problems: '/app/admin/problems',
      interviews: '/app/admin/interviews',
      candidates: '/app/admin/candidates',
      /** A candidate's results as an admin reads them, inside the admin pages. */
      interviewResults: {
        pattern: '/app/admin/interviews/:interviewId/results',
        to: (id: string) => `/app/admin/interviews/${id}/results`,
      },
    },
  },
} as const;
