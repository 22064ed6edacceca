import { Link } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';
import { RedirectIfAuthenticated } from '@/features/auth/components/redirect-if-authenticated';
import { RegisterForm } from '@/features/auth/components/register-form';

export default function RegisterRoute() {
  return (
    <RedirectIfAuthenticated fallback={paths.app.dashboard}>
      <AuthLayout
        title="Create your account"
        description="Free and self-hosted. Your resume and recordings stay on your server."
        footer={
          <p>
            Already have an account?{' '}
            <Link to={paths.login} className="font-medium text-indigo-700 underline underline-offset-2">
              Sign in
            </Link>
          </p>
        }
      >
        <RegisterForm />
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
