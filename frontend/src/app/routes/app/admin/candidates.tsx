import { PageHeader } from '@/components/layout/page-header';
import { AccountList } from '@/features/admin/components/account-list';

export default function AdminCandidatesRoute() {
  return (
    <>
      <PageHeader
        title="Candidates"
        description="Every account. Someone who cannot sign in gets a password reset link from here: it is mailed to them and shown to you."
      />
      <AccountList />
    </>
  );
}
