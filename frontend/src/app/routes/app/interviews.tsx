import { Plus } from 'lucide-react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { InterviewList } from '@/features/interviews/components/interview-list';

export default function InterviewsRoute() {
  return (
    <>
      <PageHeader
        title="Interviews"
        description="Your mock interviews: continue one in progress, or read the results of a finished one."
        actions={
          <Button asChild>
            <Link to={paths.app.newInterview.to()}>
              <Plus aria-hidden="true" className="size-4" />
              New interview
            </Link>
          </Button>
        }
      />
      <InterviewList />
    </>
  );
}
