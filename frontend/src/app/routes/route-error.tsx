import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

/** Shown when a route fails to load or render (a stale deploy, a bug). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 px-4 text-center">
      <PageTitle title="Something went wrong" />
      <h1 className="text-2xl font-semibold text-neutral-900">Something went wrong</h1>
      <p className="text-neutral-600">
        The page could not be shown{detail ? ` (${detail})` : ''}. Reloading usually fixes it.
      </p>
      <div className="flex gap-3">
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Button variant="secondary" asChild>
          <Link to={paths.home}>Go home</Link>
        </Button>
      </div>
    </main>
  );
}
