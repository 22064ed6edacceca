import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { errorMessage } from '@/lib/api-error';

import { useRegister } from '../api/register';
import { PASSWORD_MIN_LENGTH, registerSchema, type RegisterValues } from '../lib/schemas';

/** Creates an account and signs in; the page redirects once the session exists. */
export function RegisterForm() {
  const registration = useRegister({
    onSuccess: (user) => toast.success(`Welcome to Rehearse, ${user.full_name}!`),
  });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { full_name: '', email: '', password: '' },
  });

  // A refusal is shown once, in the form.
  const onSubmit = handleSubmit((values) => registration.mutate(values));

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create account" className="space-y-5">
      {registration.isError ? <ErrorAlert>{errorMessage(registration.error)}</ErrorAlert> : null}
      <FormField label="Full name" autoComplete="name" error={errors.full_name?.message} {...register('full_name')} />
      <FormField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message}
        {...register('email')}
      />
      <FormField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not your email address.`}
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" className="w-full" isLoading={registration.isPending}>
        {registration.isPending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
