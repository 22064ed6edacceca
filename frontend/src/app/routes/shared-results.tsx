import { useParams } from 'react-router';

import { Logo } from '@/components/layout/logo';
import { PageTitle } from '@/components/layout/page-title';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { ErrorAlert } from '@/components/ui/alert';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useSharedResults } from '@/features/results/api/get-shared-results';
import { SharedResultsView } from '@/features/results/components/shared-results-view';
import { ApiError, errorMessage } from '@/lib/api-error';

/** Why a link does not open, in the server's words (expired, turned off, not valid). */
function Refused({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const title =
    status === 410
      ? 'This link no longer works'
      : status === 404
        ? 'This link is not valid'
        : 'The results could not be loaded';
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold text-neutral-900">{title}</h1>
      <ErrorAlert>{errorMessage(error)}</ErrorAlert>
    </div>
  );
}

/** Results shared with a coach or mentor, opened without an account. */
export default function SharedResultsRoute() {
  const { token = '' } = useParams();
  const shared = useSharedResults(token);
  const title = shared.data ? `Shared results: ${shared.data.results.interview.role}` : 'Shared results';
  return (
    <div className="min-h-dvh bg-neutral-50">
      <PageTitle title={title} />
      <SkipLink />
      <header className="border-b border-neutral-200 bg-white px-4 py-4 sm:px-6">
        <Logo />
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none sm:px-6">
        {shared.isPending ? <ListSkeleton rows={4} label="Loading the shared results…" /> : null}
        {shared.isError ? <Refused error={shared.error} /> : null}
        {shared.data ? <SharedResultsView token={token} shared={shared.data} /> : null}
      </main>
    </div>
  );
}
