import { KeyRound, Search } from 'lucide-react';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { RowHeader, Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';
import { plural } from '@/lib/plural';

import { useCreateResetLink, type AdminResetLink } from '../api/create-reset-link';
import { useUsers, type Account } from '../api/get-users';
import { useUrlFilters } from '../hooks/use-url-filters';
import { PagedResults } from './paged-results';
import { ResetLinkDialog } from './reset-link-dialog';

const FILTER_KEYS = ['q'] as const;
const PAGE_SIZE = 20;

function SearchForm({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const [draft, setDraft] = useState(query);
  return (
    <form
      role="search"
      aria-label="Search accounts"
      className="flex flex-wrap items-end gap-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <div className="min-w-56 flex-1">
        <FormField label="Name or email" value={draft} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <Button type="submit">
        <Search aria-hidden="true" className="size-4" />
        Search
      </Button>
    </form>
  );
}

function AccountRow({ account, pending, onReset }: { account: Account; pending: boolean; onReset: () => void }) {
  return (
    <Tr>
      <RowHeader className="font-medium text-neutral-900">{account.full_name}</RowHeader>
      <Td label="Email">{account.email}</Td>
      <Td label="Role">
        <Badge tone={account.role === 'admin' ? 'success' : 'neutral'}>
          {account.role === 'admin' ? 'Admin' : 'Candidate'}
        </Badge>
      </Td>
      <Td label="Joined">{formatDate(account.created_at)}</Td>
      <Td className="pt-2 text-right sm:pt-3">
        <Button
          size="sm"
          variant="secondary"
          isLoading={pending}
          onClick={onReset}
          aria-label={`Reset link for ${account.full_name}`}
        >
          <KeyRound aria-hidden="true" className="size-4" />
          Reset link
        </Button>
      </Td>
    </Tr>
  );
}

/** Every account, searchable; an admin makes a password reset link for one (also mailed). */
export function AccountList() {
  const { filters, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const accounts = useUsers({ q: filters.q || undefined, page, page_size: PAGE_SIZE });
  const resetLink = useCreateResetLink();
  const [shown, setShown] = useState<{ account: Account; reset: AdminResetLink } | null>(null);

  const makeLink = (account: Account) =>
    resetLink.mutate(account.id, { onSuccess: (reset) => setShown({ account, reset }) });

  return (
    <div className="space-y-6">
      <SearchForm key={filters.q} query={filters.q} onSearch={(q) => setFilters({ q })} />
      <section aria-labelledby="accounts-heading" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="accounts-heading" className="text-lg font-semibold text-neutral-900">
            Accounts
          </h2>
          {accounts.data ? (
            <p role="status" className="text-sm text-neutral-600">
              {plural(accounts.data.total, 'account')}
            </p>
          ) : null}
        </div>
        {resetLink.isError ? <ErrorAlert>{errorMessage(resetLink.error)}</ErrorAlert> : null}
        <PagedResults
          query={accounts}
          loadingLabel="Loading accounts…"
          emptyMessage="No account matches this search."
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          pagesLabel="Account pages"
        >
          {(items) => (
            <Table aria-labelledby="accounts-heading">
              <TableHead>
                <tr>
                  <Th>Name</Th>
                  <Th>Email</Th>
                  <Th>Role</Th>
                  <Th>Joined</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </TableHead>
              <TableBody>
                {items.map((account) => (
                  <AccountRow
                    key={account.id}
                    account={account}
                    pending={resetLink.isPending && resetLink.variables === account.id}
                    onReset={() => makeLink(account)}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </PagedResults>
      </section>
      {shown ? <ResetLinkDialog account={shown.account} reset={shown.reset} onClose={() => setShown(null)} /> : null}
    </div>
  );
}
