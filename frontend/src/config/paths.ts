export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  app: {
    dashboard: '/app',
    resumes: '/app/resumes',
    resume: { pattern: '/app/resumes/:resumeId', to: (id: string) => `/app/resumes/${id}` },
    jobs: '/app/jobs',
    job: { pattern: '/app/jobs/:jobId', to: (id: string) => `/app/jobs/${id}` },
    jobDescriptions: '/app/job-descriptions',
    settings: '/app/settings',
    interviews: '/app/interviews',
    newInterview: {
      pattern: '/app/interviews/new',
      to: (jobId?: string) => (jobId ? `/app/interviews/new?job_id=${encodeURIComponent(jobId)}` : '/app/interviews/new'),
    },
    interview: { pattern: '/app/interviews/:interviewId', to: (id: string) => `/app/interviews/${id}` },
    interviewResults: { pattern: '/app/interviews/:interviewId/results', to: (id: string) => `/app/interviews/${id}/results` },
    interviewSetup: { pattern: '/app/interviews/:interviewId/setup', to: (id: string) => `/app/interviews/${id}/setup` },
    deviceCheck: '/app/device-check',
    admin: {
      root: '/app/admin',
      questions: '/app/admin/questions',
      templates: '/app/admin/templates',
      interviews: '/app/admin/interviews',
    },
  },
} as const;
