import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useOnline } from '@/lib/use-online';

/** Shown when a route fails to load or render (a stale deploy, a bug). */
export function RouteError() {
  const error = useRouteError();
  const online = useOnline();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  // Offline, the page's code could not be fetched: reloading now would only fail again.
  const title = online ? 'Something went wrong' : 'You are offline';
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 px-4 text-center">
      <PageTitle title={title} />
      <h1 className="text-2xl font-semibold text-neutral-900">{title}</h1>
      <p className="text-neutral-600">
        {online
          ? `The page could not be shown${detail ? ` (${detail})` : ''}. Reloading usually fixes it.`
          : 'This page could not be loaded without a connection. Reload once you are back online.'}
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
