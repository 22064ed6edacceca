import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { localToday } from '../lib/today';
import { plansQueryKey, type Reminder } from './get-plans';

export async function getReminders(): Promise<Reminder[]> {
  const list = await unwrap(api.GET('/api/plans/reminders', { params: { query: { today: localToday() } } }));
  return list.items;
}

export function getRemindersQueryOptions() {
  // Refetched when the window regains focus and every few minutes: a new day brings new reminders.
  return queryOptions({
    queryKey: [...plansQueryKey, 'reminders'],
    queryFn: getReminders,
    refetchInterval: 5 * 60_000,
  });
}

export function useReminders() {
  return useQuery(getRemindersQueryOptions());
}
