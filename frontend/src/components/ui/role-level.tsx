import { jobTitleBesideRole, roleLevel } from '@/lib/role-level';

/** " · Senior" after a role in a list, unless the role names its level already. */
export function RoleLevel({ role, seniority }: { role: string; seniority: string | null | undefined }) {
  const level = roleLevel(role, seniority);
  return level ? <span className="text-neutral-500"> · {level}</span> : null;
}

/** The job under a role in a list, unless it only repeats the role (see `jobTitleBesideRole`). */
export function JobBesideRole({
  interview,
}: {
  interview: { role: string; seniority?: string | null; job_title?: string | null };
}) {
  const shown = jobTitleBesideRole(interview);
  return shown ? <span className="block text-xs text-neutral-500">{shown}</span> : null;
}
