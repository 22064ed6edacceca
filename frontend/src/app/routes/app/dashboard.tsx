import { PageTitle } from '@/components/layout/page-title';
import { useMe } from '@/features/auth/api/get-me';
import { DashboardHeader } from '@/features/dashboard/components/dashboard-header';
import { DashboardOverview } from '@/features/dashboard/components/dashboard-overview';
import { FirstRunChecklist } from '@/features/dashboard/components/first-run-checklist';
import { PlanCard } from '@/features/plans/components/plan-card';
import { PracticeCards } from '@/features/practice/components/practice-cards';

export default function DashboardRoute() {
  // The app shell renders this page only once the user has loaded.
  const user = useMe().data;
  if (!user) return null;
  return (
    <>
      <PageTitle title="Dashboard" />
      <DashboardHeader fullName={user.full_name} />
      <FirstRunChecklist userId={user.id} />
      <PlanCard />
      <DashboardOverview practice={<PracticeCards />} />
    </>
  );
}
