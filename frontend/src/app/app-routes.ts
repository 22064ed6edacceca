import type { ComponentType } from 'react';
import { redirect, type RouteObject } from 'react-router';

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
        { path: paths.forgotPassword, lazy: () => import('./routes/forgot-password').then(toRoute) },
        { path: paths.resetPassword, lazy: () => import('./routes/reset-password').then(toRoute) },
        { path: paths.shared.pattern, lazy: () => import('./routes/shared-results').then(toRoute) },
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
            { path: paths.app.settings, lazy: () => import('./routes/app/settings').then(toRoute) },
            { path: paths.app.plans, lazy: () => import('./routes/app/plans').then(toRoute) },
            { path: paths.app.interviews, lazy: () => import('./routes/app/interviews').then(toRoute) },
            { path: paths.app.newInterview.pattern, lazy: () => import('./routes/app/new-interview').then(toRoute) },
            {
              path: paths.app.interviewResults.pattern,
              lazy: () => import('./routes/app/interview-results').then(toRoute),
            },
            { path: paths.app.interviewSetup.pattern, lazy: () => import('./routes/app/device-check').then(toRoute) },
            { path: paths.app.deviceCheck, lazy: () => import('./routes/app/device-check').then(toRoute) },
            {
              path: paths.app.admin.root,
              lazy: () => import('./routes/app/admin/root').then(toRoute),
              children: [
                { index: true, loader: () => redirect(paths.app.admin.questions) },
                { path: paths.app.admin.questions, lazy: () => import('./routes/app/admin/questions').then(toRoute) },
                { path: paths.app.admin.templates, lazy: () => import('./routes/app/admin/templates').then(toRoute) },
                { path: paths.app.admin.problems, lazy: () => import('./routes/app/admin/problems').then(toRoute) },
                { path: paths.app.admin.interviews, lazy: () => import('./routes/app/admin/interviews').then(toRoute) },
                { path: paths.app.admin.candidates, lazy: () => import('./routes/app/admin/candidates').then(toRoute) },
                {
                  path: paths.app.admin.interviewResults.pattern,
                  lazy: () => import('./routes/app/interview-results').then(toRoute),
                },
              ],
            },
          ],
        },
        // The interview room is a page of its own, like a video call: no app navigation around it.
        { path: paths.app.interview.pattern, lazy: () => import('./routes/app/interview').then(toRoute) },
        { path: '*', lazy: () => import('./routes/not-found').then(toRoute) },
      ],
    },
  ];
}
