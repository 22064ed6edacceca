import { Link } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { RedirectIfAuthenticated } from '@/features/auth/components/redirect-if-authenticated';

export default function LoginRoute() {
  return (
    <RedirectIfAuthenticated fallback={paths.app.dashboard}>
      <AuthLayout
        title="Sign in"
        description="Welcome back. Pick up your interview practice where you left off."
        footer={
          <p>
            New to Rehearse?{' '}
            <Link to={paths.register} className="font-medium text-indigo-700 underline underline-offset-2">
              Create an account
            </Link>
          </p>
        }
      >
        <LoginForm />
        <p className="mt-4 text-center text-sm">
          <Link to={paths.forgotPassword} className="font-medium text-indigo-700 hover:underline">
            Forgot password?
          </Link>
        </p>
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
