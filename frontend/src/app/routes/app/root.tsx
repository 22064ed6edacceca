import {
  BriefcaseBusiness,
  CalendarDays,
  ClipboardList,
  FileText,
  LayoutDashboard,
  MessagesSquare,
  Settings,
  ShieldCheck,
} from 'lucide-react';
import { Outlet } from 'react-router';

import { AppShell, type NavItem } from '@/components/layout/app-shell';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { UserMenu } from '@/features/auth/components/user-menu';
import { ReminderBell } from '@/features/plans/components/reminder-bell';
import { ResumePendingUploads } from '@/capabilities/recordings/components/resume-pending-uploads';
import { errorMessage } from '@/lib/api-error';

const navigation: NavItem[] = [
  {
    to: paths.app.dashboard,
    label: 'Dashboard',
    icon: <LayoutDashboard aria-hidden="true" className="size-4" />,
    end: true,
  },
  { to: paths.app.interviews, label: 'Interviews', icon: <MessagesSquare aria-hidden="true" className="size-4" /> },
  { to: paths.app.resumes, label: 'Resumes', icon: <FileText aria-hidden="true" className="size-4" /> },
  { to: paths.app.jobs, label: 'Jobs', icon: <BriefcaseBusiness aria-hidden="true" className="size-4" /> },
  {
    to: paths.app.jobDescriptions,
    label: 'Job descriptions',
    icon: <ClipboardList aria-hidden="true" className="size-4" />,
  },
  { to: paths.app.plans, label: 'Plan', icon: <CalendarDays aria-hidden="true" className="size-4" /> },
  { to: paths.app.settings, label: 'Settings', icon: <Settings aria-hidden="true" className="size-4" /> },
];

const adminNavigation: NavItem = {
  to: paths.app.admin.root,
  label: 'Admin',
  icon: <ShieldCheck aria-hidden="true" className="size-4" />,
};

function SignedInShell() {
  const me = useMe();
  if (me.isPending) return <PageSpinner label="Loading your account…" />;
  if (me.isError) {
    return (
      <main className="mx-auto max-w-md space-y-4 px-4 py-16">
        <ErrorAlert>{errorMessage(me.error)}</ErrorAlert>
        <Button onClick={() => void me.refetch()}>Try again</Button>
      </main>
    );
  }
  return (
    <AppShell
      homeHref={paths.app.dashboard}
      navigation={me.data.role === 'admin' ? [...navigation, adminNavigation] : navigation}
      userArea={
        <>
          <ReminderBell />
          <UserMenu user={me.data} />
        </>
      }
    >
      {/* Recording parts a closed tab left in IndexedDB are sent from whatever page opens first. */}
      <ResumePendingUploads />
      <Outlet />
    </AppShell>
  );
}

export default function AppRoot() {
  return (
    <ProtectedRoute loginPath={paths.login}>
      <SignedInShell />
    </ProtectedRoute>
  );
}
