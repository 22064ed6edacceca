import { cn } from '@/lib/cn';

interface LevelMeterProps {
  /** 0..1 */
  level: number;
  label?: string;
  className?: string;
}

/** The microphone's live level as an ARIA meter: speak and it moves. */
export function LevelMeter({ level, label = 'Microphone level', className }: LevelMeterProps) {
  const percent = Math.round(Math.min(1, Math.max(0, level)) * 100);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={percent < 5 ? 'Silent' : `${percent}%`}
      className={cn('h-2.5 w-full overflow-hidden rounded-full bg-neutral-200', className)}
    >
      <div
        className={cn(
          'h-full rounded-full transition-[width] duration-100',
          percent > 85 ? 'bg-amber-500' : 'bg-emerald-500',
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
