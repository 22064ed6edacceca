import { cn } from '@/lib/cn';

interface ProgressProps {
  /** 0 to 100. */
  value: number;
  label: string;
  className?: string;
}

export function Progress({ value, label, className }: ProgressProps) {
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={`${clamped}%`}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-neutral-200', className)}
    >
      <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${clamped}%` }} />
    </div>
  );
}
