import { PageHeader } from '@/components/layout/page-header';
import { CodingProblems } from '@/features/admin/components/coding-problems';

export default function AdminProblemsRoute() {
  return (
    <>
      <PageHeader
        title="Coding problems"
        description="The problems coding rounds are drawn from, each checked against its hidden tests."
      />
      <CodingProblems />
    </>
  );
}
