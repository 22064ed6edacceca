import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

interface ChoiceCardProps {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: ReactNode;
  description?: ReactNode;
  badge?: ReactNode;
}

/** A radio button laid out as a selectable card; the whole card is its label. */
export function ChoiceCard({ name, value, checked, onChange, label, description, badge }: ChoiceCardProps) {
  return (
    <label
      className={cn(
        'flex cursor-pointer items-start gap-3 rounded-xl border bg-white p-4 transition-colors',
        'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
        checked
          ? 'border-indigo-500 bg-indigo-50/50 ring-1 ring-indigo-500'
          : 'border-neutral-200 hover:border-neutral-300',
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className="mt-0.5 size-4 shrink-0 accent-indigo-600"
      />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-center gap-2 text-sm font-medium text-neutral-900">
          {label}
          {badge}
        </span>
        {description ? <span className="mt-0.5 block text-sm text-neutral-600">{description}</span> : null}
      </span>
    </label>
  );
}
