import { Plus } from 'lucide-react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

export function DashboardHeader({ fullName }: { fullName: string }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">Welcome, {fullName}</h1>
        <p className="mt-1 text-neutral-600">Practise the interview before it counts.</p>
      </div>
      <Button asChild size="lg">
        <Link to={paths.app.newInterview.to()}>
          <Plus aria-hidden="true" className="size-4" />
          Start a new interview
        </Link>
      </Button>
    </div>
  );
}
