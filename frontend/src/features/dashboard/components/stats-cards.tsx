import { Award, CheckCircle2, Flame, MessageSquareText, PlayCircle, TrendingUp, type LucideIcon } from 'lucide-react';

import type { DashboardStats } from '../api/get-stats';

interface Stat {
  label: string;
  value: string;
  icon: LucideIcon;
}

function toStats(stats: DashboardStats): Stat[] {
  return [
    { label: 'Interviews completed', value: String(stats.interviews_completed), icon: CheckCircle2 },
    { label: 'In progress', value: String(stats.interviews_in_progress), icon: PlayCircle },
    { label: 'Questions answered', value: String(stats.questions_answered), icon: MessageSquareText },
    {
      label: 'Average score',
      value: stats.average_score == null ? '—' : String(stats.average_score),
      icon: TrendingUp,
    },
    { label: 'Best score', value: stats.best_score == null ? '—' : String(stats.best_score), icon: Award },
    { label: 'Day streak', value: String(stats.streak_days), icon: Flame },
  ];
}

/** The practice so far in six numbers. */
export function StatsCards({ stats }: { stats: DashboardStats }) {
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="sr-only">
        Your practice in numbers
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {toStats(stats).map(({ label, value, icon: Icon }) => (
          <div key={label} className="rounded-2xl border border-neutral-200 bg-white p-4 shadow-sm">
            <dt className="flex items-center gap-1.5 text-xs font-medium text-neutral-600">
              <Icon aria-hidden="true" className="size-4 text-indigo-600" />
              {label}
            </dt>
            <dd className="mt-1 text-2xl font-semibold text-neutral-900 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
