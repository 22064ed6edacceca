import { PageHeader } from '@/components/layout/page-header';
import { TemplateList } from '@/features/admin/components/template-list';

export default function AdminTemplatesRoute() {
  return (
    <>
      <PageHeader
        title="Interview templates"
        description="Ready formats candidates can pick when they set up an interview."
      />
      <TemplateList />
    </>
  );
}
