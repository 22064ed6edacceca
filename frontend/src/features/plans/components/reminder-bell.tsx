import { Bell } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

import { useReminders } from '../api/get-reminders';
import { ReminderList } from './reminder-list';

/** The header's bell: a count of practice sessions due, opening their list. */
export function ReminderBell() {
  const reminders = useReminders();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const items = reminders.data ?? [];
  const count = items.length;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const label = count
    ? `Reminders: ${count} practice ${count === 1 ? 'session' : 'sessions'} due`
    : 'Reminders: nothing due';
  return (
    <div ref={root} className="relative">
      <Button
        variant="ghost"
        size="sm"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="relative px-2"
      >
        <Bell aria-hidden="true" className="size-5" />
        {count ? (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 grid min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[0.65rem] leading-4 font-semibold text-white"
          >
            {count}
          </span>
        ) : null}
      </Button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label="Reminders"
          className="fixed inset-x-3 top-16 z-40 rounded-2xl border border-neutral-200 bg-white p-4 shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
        >
          <h2 className="mb-3 text-sm font-semibold text-neutral-900">Practice reminders</h2>
          {count ? (
            <ReminderList reminders={items} onStart={() => setOpen(false)} />
          ) : (
            <p className="text-sm text-neutral-600">Nothing due today.</p>
          )}
          <Link
            to={paths.app.plans}
            onClick={() => setOpen(false)}
            className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline"
          >
            Your interview plan
          </Link>
        </div>
      ) : null}
    </div>
  );
}
