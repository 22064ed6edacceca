import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { errorMessage } from '@/lib/api-error';

import type { User } from '../api/get-me';
import { useUpdateMe } from '../api/update-me';
import { changeNameSchema, type ChangeNameValues } from '../lib/schemas';

/** The name shown in the top bar, pre-filled; saving updates it everywhere. */
export function ChangeNameForm({ user }: { user: User }) {
  const update = useUpdateMe();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ChangeNameValues>({
    resolver: zodResolver(changeNameSchema),
    defaultValues: { full_name: user.full_name },
  });

  const onSubmit = handleSubmit(({ full_name }) => {
    if (full_name === user.full_name) {
      toast.info('There are no changes to save.');
      return;
    }
    update.mutate(
      { full_name },
      {
        onSuccess: (updated) => {
          reset({ full_name: updated.full_name });
          toast.success('Your name is saved.');
        },
        // A failure is shown once, in the form.
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change name" className="space-y-5">
      {update.isError ? <ErrorAlert>{errorMessage(update.error)}</ErrorAlert> : null}
      <FormField label="Full name" autoComplete="name" error={errors.full_name?.message} {...register('full_name')} />
      <Button type="submit" isLoading={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  );
}
