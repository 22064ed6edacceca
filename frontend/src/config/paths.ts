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
  },
} as const;
