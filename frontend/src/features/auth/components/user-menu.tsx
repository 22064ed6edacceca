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
      <div className="hidden items-center gap-2 lg:flex">
        <span className="text-sm font-medium text-neutral-900">{user.full_name}</span>
        <Badge tone={user.role === 'admin' ? 'accent' : 'neutral'}>{ROLE_LABELS[user.role]}</Badge>
      </div>
      <Button variant="secondary" size="sm" isLoading={logout.isPending} onClick={() => logout.mutate()}>
        {logout.isPending ? null : <LogOut aria-hidden="true" className="size-4" />}
        Log out
      </Button>
    </>
  );
}
