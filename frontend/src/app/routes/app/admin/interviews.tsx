import { PageHeader } from '@/components/layout/page-header';
import { AdminInterviews } from '@/features/admin/components/admin-interviews';

export default function AdminInterviewsRoute() {
  return (
    <>
      <PageHeader
        title="All interviews"
        description="Every candidate's interviews. Open a finished one to read its results."
      />
      <AdminInterviews />
    </>
  );
}
