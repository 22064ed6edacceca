import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

import type { Account } from '../api/get-users';
import type { AdminResetLink } from '../api/create-reset-link';

function formatExpiry(iso: string) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Shows a reset link an admin made, to pass on by hand; it was mailed to the account too. */
export function ResetLinkDialog({
  account,
  reset,
  onClose,
}: {
  account: Account;
  reset: AdminResetLink;
  onClose: () => void;
}) {
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reset.link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Reset link for ${account.full_name}`}
      className="max-w-lg"
      description={
        <>
          We emailed it to <span className="font-medium text-neutral-900">{reset.emailed_to}</span>. It works once,
          until {formatExpiry(reset.expires_at)}.
        </>
      }
    >
      <div className="space-y-3">
        <Label htmlFor={inputId}>Reset link</Label>
        <Input id={inputId} value={reset.link} readOnly onFocus={(event) => event.currentTarget.select()} />
        <div className="flex flex-wrap items-center justify-end gap-3">
          <p role="status" aria-live="polite" className="mr-auto text-sm text-neutral-600">
            {copied === 'yes' ? 'Copied.' : null}
            {copied === 'no' ? 'Could not copy: select the link and copy it.' : null}
          </p>
          <Button type="button" variant="secondary" onClick={() => void copy()}>
            Copy link
          </Button>
          <Button type="button" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
