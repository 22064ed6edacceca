import { Copy, Link2, Share2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import { shareUrl, useShares, type ShareLink } from '../api/get-shares';
import { useRevokeShare } from '../api/revoke-share';
import { ShareCreateForm } from './share-create-form';

const STATUS_TONES = { active: 'success', expired: 'neutral', revoked: 'danger' } as const;
const STATUS_LABELS = { active: 'Active', expired: 'Expired', revoked: 'Turned off' } as const;

async function copyLink(token: string) {
  try {
    await navigator.clipboard.writeText(shareUrl(token));
    toast.success('Link copied.');
  } catch {
    toast.error('The link could not be copied: select it and copy it yourself.');
  }
}

function LinkField({ token, label }: { token: string; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        readOnly
        value={shareUrl(token)}
        aria-label={`Share link for ${label}`}
        onFocus={(event) => event.currentTarget.select()}
        className="min-w-0 flex-1 rounded-lg border border-neutral-300 bg-neutral-50 px-3 py-2 text-xs text-neutral-800"
      />
      <Button size="sm" variant="secondary" onClick={() => void copyLink(token)}>
        <Copy aria-hidden="true" className="size-3.5" />
        Copy
      </Button>
    </div>
  );
}

function ShareRow({ link, interviewId }: { link: ShareLink; interviewId: string }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeShare(interviewId);
  return (
    <li className="space-y-2 rounded-lg border border-neutral-200 p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-neutral-900">{link.label}</span>
        <Badge tone={STATUS_TONES[link.status]}>{STATUS_LABELS[link.status]}</Badge>
        <span className="text-neutral-600">
          {link.status === 'expired' ? 'Expired' : 'Until'} {formatDate(link.expires_at)} ·{' '}
          {link.include_video ? 'with the video' : 'without the video'}
        </span>
        {link.status === 'active' ? (
          <Button size="sm" variant="ghost" className="ml-auto" onClick={() => setConfirming(true)}>
            Turn off
          </Button>
        ) : null}
      </div>
      {link.token ? <LinkField token={link.token} label={link.label} /> : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Turn off the link for ${link.label}?`}
        description="Whoever has it can no longer open your results or comment. Their comments so far stay."
        confirmLabel="Turn off"
        pendingLabel="Turning off…"
        isPending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(
            { interviewId, shareId: link.id },
            { onSuccess: () => setConfirming(false), onError: (error) => toast.error(errorMessage(error)) },
          )
        }
      />
    </li>
  );
}

/** Read-only links to these results for a coach or mentor: make one, copy it, turn it off. */
export function ShareLinks({ interviewId }: { interviewId: string }) {
  const shares = useShares(interviewId);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ShareLink | null>(null);
  return (
    <section
      aria-labelledby="share-heading"
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="share-heading" className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
          <Share2 aria-hidden="true" className="size-5 text-indigo-600" />
          Share with a coach
        </h2>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          <Link2 aria-hidden="true" className="size-4" />
          New share link
        </Button>
      </div>
      <p className="text-sm text-neutral-600">
        A coach or mentor opens the link without an account, reads these results and leaves comments that appear here.
      </p>
      {shares.isError ? (
        <ErrorAlert>Your share links could not be loaded: {errorMessage(shares.error)}</ErrorAlert>
      ) : null}
      {shares.data && shares.data.length > 0 ? (
        <ul className="space-y-2">
          {shares.data.map((link) => (
            <ShareRow key={link.id} link={link} interviewId={interviewId} />
          ))}
        </ul>
      ) : null}
      <Dialog
        open={creating}
        onOpenChange={(open) => {
          setCreating(open);
          if (!open) setCreated(null);
        }}
        title={created ? 'Your link is ready' : 'New share link'}
        description={created ? `Send it to ${created.label}. You can turn it off any time.` : undefined}
      >
        {created?.token ? (
          <LinkField token={created.token} label={created.label} />
        ) : (
          <ShareCreateForm interviewId={interviewId} onCreated={setCreated} />
        )}
      </Dialog>
    </section>
  );
}
