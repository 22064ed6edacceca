import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

import { RouteError } from './routes/route-error';

const toRoute = (module: { default: ComponentType }) => ({ Component: module.default });

/** The route table, shared by the browser router and the tests' memory routers. */
export function createAppRoutes(): RouteObject[] {
  return [
    {
      path: paths.home,
      ErrorBoundary: RouteError,
      HydrateFallback: PageSpinner,
      children: [
        { index: true, lazy: () => import('./routes/landing').then(toRoute) },
        { path: paths.login, lazy: () => import('./routes/login').then(toRoute) },
        { path: paths.register, lazy: () => import('./routes/register').then(toRoute) },
        {
          path: paths.app.dashboard,
          lazy: () => import('./routes/app/root').then(toRoute),
          children: [
            { index: true, lazy: () => import('./routes/app/dashboard').then(toRoute) },
            { path: paths.app.resumes, lazy: () => import('./routes/app/resumes').then(toRoute) },
            { path: paths.app.resume.pattern, lazy: () => import('./routes/app/resume').then(toRoute) },
            { path: paths.app.jobs, lazy: () => import('./routes/app/jobs').then(toRoute) },
            { path: paths.app.job.pattern, lazy: () => import('./routes/app/job').then(toRoute) },
            { path: paths.app.jobDescriptions, lazy: () => import('./routes/app/job-descriptions').then(toRoute) },
          ],
        },
        { path: '*', lazy: () => import('./routes/not-found').then(toRoute) },
      ],
    },
  ];
}
