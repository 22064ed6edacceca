import { Link } from 'react-router';

import { Logo } from '@/components/layout/logo';
import { PageTitle } from '@/components/layout/page-title';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  return (
    <div className="flex min-h-dvh flex-col">
      <PageTitle title="Page not found" />
      <SkipLink />
      <header className="px-4 py-6 sm:px-6">
        <Logo />
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="flex flex-1 flex-col items-center justify-center gap-4 px-4 pb-24 text-center focus:outline-none"
      >
        <p className="text-sm font-semibold text-indigo-600">404</p>
        <h1 className="text-3xl font-semibold tracking-tight text-neutral-900">Page not found</h1>
        <p className="max-w-md text-neutral-600">We could not find the page you were looking for.</p>
        <Button asChild>
          <Link to={paths.home}>Back to home</Link>
        </Button>
      </main>
    </div>
  );
}
