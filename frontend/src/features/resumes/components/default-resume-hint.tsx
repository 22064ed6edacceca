import { FileText } from 'lucide-react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

/** Shown where a match needs a default resume and there is none. */
export function DefaultResumeHint({ children = 'to see how well you match each job.' }: { children?: string }) {
  return (
    <p className="flex items-start gap-2 rounded-xl border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-900">
      <FileText aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        <Link to={paths.app.resumes} className="font-medium underline underline-offset-2">
          Upload a resume and make it your default
        </Link>{' '}
        {children}
      </span>
    </p>
  );
}
