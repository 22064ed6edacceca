import { LogOut } from 'lucide-react';
import { toast } from 'sonner';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

import { useLogout } from '../api/logout';
import type { User } from '../api/get-me';

const ROLE_LABELS: Record<User['role'], string> = { candidate: 'Candidate', admin: 'Admin' };

export function UserMenu({ user }: { user: User }) {
  const logout = useLogout({ onSuccess: () => toast.success('You have signed out.') });
  return (
    <>
      {/* Not beside the row of links (xl) below 2xl: at 1280 px it pushed Settings and Admin out of view. */}
      <div className="hidden min-w-0 items-center gap-2 lg:flex xl:hidden 2xl:flex">
        <span className="max-w-[14rem] truncate text-sm font-medium text-neutral-900" title={user.full_name}>
          {user.full_name}
        </span>
        <Badge tone={user.role === 'admin' ? 'accent' : 'neutral'}>{ROLE_LABELS[user.role]}</Badge>
      </div>
      <Button variant="secondary" size="sm" isLoading={logout.isPending} onClick={() => logout.mutate()}>
        {logout.isPending ? null : <LogOut aria-hidden="true" className="size-4" />}
        Log out
      </Button>
    </>
  );
}
