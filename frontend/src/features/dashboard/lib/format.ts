import type { HistoryItem } from '../api/get-history';

export const STATUS_LABELS: Record<HistoryItem['status'], string> = {
  scheduled: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

export const STATUS_TONES: Record<HistoryItem['status'], 'neutral' | 'accent' | 'success' | 'warning'> = {
  scheduled: 'neutral',
  in_progress: 'accent',
  completed: 'success',
  abandoned: 'warning',
};

const shortDate = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });

/** "12 Mar" for a chart axis. */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}
