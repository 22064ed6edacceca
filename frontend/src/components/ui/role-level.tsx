import { roleLevel } from '@/lib/role-level';

/** " · Senior" after a role in a list, unless the role names its level already. */
export function RoleLevel({ role, seniority }: { role: string; seniority: string | null | undefined }) {
  const level = roleLevel(role, seniority);
  return level ? <span className="text-neutral-500"> · {level}</span> : null;
}
