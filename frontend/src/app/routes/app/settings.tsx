import { Video } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { ChangeNameForm } from '@/features/auth/components/change-name-form';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { DeleteAccountSection } from '@/features/auth/components/delete-account-section';
import { ExportAccountButton } from '@/features/auth/components/export-account-button';

function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-neutral-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-neutral-600">{description}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default function SettingsRoute() {
  // The app shell renders this page only once the user has loaded.
  const user = useMe().data;
  if (!user) return null;
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          <>
            You sign in as <span className="font-medium text-neutral-900">{user.email}</span>.
          </>
        }
      />
      <div className="max-w-2xl space-y-6">
        <SettingsSection id="name-heading" title="Name" description="Shown at the top of every page.">
          <ChangeNameForm user={user} />
        </SettingsSection>
        <SettingsSection
          id="password-heading"
          title="Password"
          description="You stay signed in here; your other devices will have to sign in again."
        >
          <ChangePasswordForm email={user.email} />
        </SettingsSection>
        <SettingsSection
          id="devices-heading"
          title="Camera and microphone"
          description="Choose how you answer (video, audio only or typed) and test your devices before an interview."
        >
          <Link
            to={paths.app.deviceCheck}
            className="inline-flex items-center gap-2 font-medium text-indigo-700 hover:underline"
          >
            <Video aria-hidden="true" className="size-4" />
            Check camera and microphone
          </Link>
        </SettingsSection>
        <SettingsSection
          id="data-heading"
          title="Your data"
          description="A zip file with your profile, resumes (as parsed and as uploaded), interviews with their questions, answers, evaluations and results, and your recordings."
        >
          <ExportAccountButton />
        </SettingsSection>
        <SettingsSection
          id="delete-heading"
          title="Delete account"
          description="Deletes your account and everything in it, for good. You will not be able to sign in again."
        >
          <DeleteAccountSection email={user.email} />
        </SettingsSection>
      </div>
    </>
  );
}
