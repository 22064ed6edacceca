import { PageHeader } from '@/components/layout/page-header';
import { QuestionBank } from '@/features/admin/components/question-bank';

export default function AdminQuestionsRoute() {
  return (
    <>
      <PageHeader
        title="Question bank"
        description="The questions interviews are built from when no language model writes them."
      />
      <QuestionBank />
    </>
  );
}
