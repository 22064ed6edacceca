import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useUpdateMe } from '../api/update-me';
import { createChangePasswordSchema, PASSWORD_MIN_LENGTH, type ChangePasswordValues } from '../lib/schemas';

const EMPTY: ChangePasswordValues = { current_password: '', new_password: '', confirm_password: '' };

/** The field a server error is about, so it is shown next to that field. */
const FIELD_FOR_CODE: Record<string, keyof ChangePasswordValues> = {
  wrong_current_password: 'current_password',
  weak_password: 'new_password',
};

function fieldFor(error: unknown) {
  return error instanceof ApiError ? FIELD_FOR_CODE[error.code] : undefined;
}

/** Current, new and confirmed password; the server keeps this session and ends the others. */
export function ChangePasswordForm({ email }: { email: string }) {
  const update = useUpdateMe();
  const schema = useMemo(() => createChangePasswordSchema(email), [email]);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });

  const onSubmit = handleSubmit((values) => {
    update.mutate(
      { current_password: values.current_password, new_password: values.new_password },
      {
        onSuccess: () => {
          reset(EMPTY);
          toast.success('Your password is changed.');
        },
        onError: (error) => {
          const field = fieldFor(error);
          // Shown once: next to its field, or above the form.
          if (field) setError(field, { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password" className="space-y-5">
      {update.isError && !fieldFor(update.error) ? <ErrorAlert>{errorMessage(update.error)}</ErrorAlert> : null}
      {/* Lets password managers tell which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.current_password?.message}
        {...register('current_password')}
      />
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
      <Button type="submit" isLoading={update.isPending}>
        {update.isPending ? 'Changing your password…' : 'Change password'}
      </Button>
    </form>
  );
}
