import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useDeleteAccount } from '../api/delete-account';
import { deleteAccountSchema, type DeleteAccountValues } from '../lib/account-schemas';

function isWrongPassword(error: unknown) {
  return error instanceof ApiError && error.code === 'wrong_password';
}

function DeleteAccountForm({ email, onCancel }: { email: string; onCancel: () => void }) {
  const remove = useDeleteAccount({
    onSuccess: () => toast.success('Your account and everything in it are deleted.'),
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DeleteAccountValues>({ resolver: zodResolver(deleteAccountSchema), defaultValues: { password: '' } });

  const onSubmit = handleSubmit((values) => {
    remove.mutate(values, {
      onError: (error) => {
        if (isWrongPassword(error))
          setError('password', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Delete account" className="space-y-5">
      {remove.isError && !isWrongPassword(remove.error) ? <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert> : null}
      {/* Lets password managers fill in the password of this account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        label="Your password"
        type="password"
        autoComplete="current-password"
        hint="To be sure it is you."
        error={errors.password?.message}
        {...register('password')}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" disabled={remove.isPending} onClick={onCancel}>
          Keep my account
        </Button>
        <Button type="submit" variant="danger" isLoading={remove.isPending}>
          {remove.isPending ? 'Deleting your account…' : 'Delete my account for good'}
        </Button>
      </div>
    </form>
  );
}

/** Deleting the account, behind a dialog that explains what goes and asks for the password. */
export function DeleteAccountSection({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Back to the button that opened it: the dialog has no Radix trigger to return to.
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <Button ref={opener} variant="danger" onClick={() => setOpen(true)}>
        Delete my account…
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Delete your account?"
        className="max-w-md"
        description={
          <>
            This deletes <span className="font-medium text-neutral-900">{email}</span> with your resumes and their
            files, job descriptions, interviews, answers, results and recordings. It cannot be undone: download your
            data first if you want to keep it.
          </>
        }
      >
        {/* Mounted only while open: a reopened dialog starts empty. */}
        {open ? <DeleteAccountForm email={email} onCancel={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}
