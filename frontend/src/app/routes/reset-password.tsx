import { Link, useLocation } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

/** The link's token travels in the fragment (#token=…), which browsers never send to a server. */
function tokenFrom(hash: string) {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() || null;
}

export default function ResetPasswordRoute() {
  const token = tokenFrom(useLocation().hash);
  return (
    <AuthLayout
      title="Choose a new password"
      description="After this you sign in with the new password, on every device."
      footer={
        <p>
          Remembered it?{' '}
          <Link to={paths.login} className="font-medium text-indigo-700 underline underline-offset-2">
            Sign in
          </Link>
        </p>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <ErrorAlert>
          This page needs the link from your reset email, and this address has no reset code in it.{' '}
          <Link to={paths.forgotPassword} className="font-medium underline">
            Ask for a reset link
          </Link>
        </ErrorAlert>
      )}
    </AuthLayout>
  );
}
