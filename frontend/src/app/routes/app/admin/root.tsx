import { Navigate, NavLink, Outlet } from 'react-router';

import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { cn } from '@/lib/cn';

const SECTIONS = [
  { to: paths.app.admin.questions, label: 'Question bank' },
  { to: paths.app.admin.templates, label: 'Templates' },
  { to: paths.app.admin.problems, label: 'Coding problems' },
  { to: paths.app.admin.interviews, label: 'Interviews' },
  { to: paths.app.admin.candidates, label: 'Candidates' },
];

/** Admin pages: only for admins; anyone else is sent to their dashboard. */
export default function AdminRoot() {
  // The app shell renders its pages only once the user has loaded.
  const user = useMe().data;
  if (!user) return null;
  if (user.role !== 'admin') return <Navigate to={paths.app.dashboard} replace />;
  return (
    <>
      <nav aria-label="Admin" className="mb-6 border-b border-neutral-200">
        {/* Wraps on a phone rather than hiding a section off the edge. */}
        <ul className="-mb-px flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                className={({ isActive }) =>
                  cn(
                    'inline-block border-b-2 px-1 pb-3 text-sm font-medium whitespace-nowrap',
                    isActive
                      ? 'border-indigo-600 text-indigo-700'
                      : 'border-transparent text-neutral-600 hover:text-neutral-900',
                  )
                }
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
