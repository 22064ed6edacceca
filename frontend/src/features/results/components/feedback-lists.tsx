import { Lightbulb, ThumbsUp, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useId, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

function FeedbackList({
  title,
  items,
  empty,
  icon: Icon,
  iconClass,
  action,
}: {
  title: string;
  items: string[];
  empty: string;
  icon: LucideIcon;
  iconClass: string;
  action?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
      <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold text-neutral-900">
        <Icon aria-hidden="true" className={cn('size-4', iconClass)} />
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-neutral-500">{empty}</p>
      ) : (
        <ul className="mt-3 list-disc space-y-2 pl-5 text-sm text-neutral-800">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {action ? <div className="mt-4">{action}</div> : null}
    </section>
  );
}

/** `weaknessAction`: what the candidate can do about the weaknesses (a drill), under them. */
export function FeedbackLists({
  strengths,
  weaknesses,
  recommendations,
  weaknessAction,
}: {
  strengths: string[];
  weaknesses: string[];
  recommendations: string[];
  weaknessAction?: ReactNode;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <FeedbackList
        title="Strengths"
        items={strengths}
        empty="None stood out yet."
        icon={ThumbsUp}
        iconClass="text-emerald-600"
      />
      <FeedbackList
        title="Weaknesses"
        items={weaknesses}
        empty="Nothing to flag."
        icon={TriangleAlert}
        iconClass="text-amber-600"
        action={weaknesses.length > 0 ? weaknessAction : null}
      />
      <FeedbackList
        title="Recommendations"
        items={recommendations}
        empty="No recommendations."
        icon={Lightbulb}
        iconClass="text-indigo-600"
      />
    </div>
  );
}
