import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { resetPasswordSchema, type ResetPasswordValues } from '../lib/account-schemas';
import { PASSWORD_MIN_LENGTH } from '../lib/schemas';

const EMPTY: ResetPasswordValues = { new_password: '', confirm_password: '' };

function isWeakPassword(error: unknown) {
  return error instanceof ApiError && error.code === 'weak_password';
}

function isDeadLink(error: unknown) {
  return error instanceof ApiError && error.code === 'invalid_reset_token';
}

/** A new password for the account of the link's token; then every session has to sign in again. */
export function ResetPasswordForm({ token }: { token: string }) {
  const confirm = useConfirmPasswordReset();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ResetPasswordValues>({ resolver: zodResolver(resetPasswordSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit((values) => {
    confirm.mutate(
      { token, new_password: values.new_password },
      {
        onSuccess: () => {
          // The server ended every session, this browser's too.
          tokenStore.clear();
          queryClient.clear();
          toast.success('Your password is changed. Sign in with your new password.');
          void navigate(paths.login, { replace: true });
        },
        onError: (error) => {
          if (isWeakPassword(error)) {
            setError('new_password', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Choose a new password" className="space-y-5">
      {confirm.isError && !isWeakPassword(confirm.error) ? (
        <ErrorAlert>
          {errorMessage(confirm.error)}
          {isDeadLink(confirm.error) ? (
            <>
              {' '}
              <Link to={paths.forgotPassword} className="font-medium underline">
                Ask for a new link
              </Link>
            </>
          ) : null}
        </ErrorAlert>
      ) : null}
      <FormField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not your email address.`}
        error={errors.new_password?.message}
        {...register('new_password')}
      />
      <FormField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirm_password?.message}
        {...register('confirm_password')}
      />
      <Button type="submit" className="w-full" isLoading={confirm.isPending}>
        {confirm.isPending ? 'Saving your password…' : 'Set new password'}
      </Button>
    </form>
  );
}
