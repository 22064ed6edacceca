import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useAskPasswordReset } from '../api/ask-password-reset';
import { forgotPasswordSchema, type ForgotPasswordValues } from '../lib/account-schemas';

/** A server refusal of the address itself (a look-alike letter) belongs next to the field. */
function isAboutTheEmail(error: unknown) {
  return error instanceof ApiError && error.code === 'validation_error';
}

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const ask = useAskPasswordReset();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<ForgotPasswordValues>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit((values) => {
    ask.mutate(values, {
      onError: (error) => {
        if (isAboutTheEmail(error))
          setError('email', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ask for a reset link" className="space-y-5">
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="status" aria-live="polite">
        {ask.isSuccess ? (
          <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
            {ask.data.message} Look in your inbox for {getValues('email')}.
          </p>
        ) : null}
      </div>
      {ask.isError && !isAboutTheEmail(ask.error) ? <ErrorAlert>{errorMessage(ask.error)}</ErrorAlert> : null}
      <FormField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message}
        {...register('email')}
      />
      <Button type="submit" className="w-full" isLoading={ask.isPending}>
        {ask.isPending ? 'Sending the link…' : ask.isSuccess ? 'Send another link' : 'Send reset link'}
      </Button>
    </form>
  );
}
