/** The person's own date (YYYY-MM-DD in their time zone): the server plans by it, not by UTC. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** A YYYY-MM-DD date moved by whole days, still as YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return localToday(new Date(year!, month! - 1, day! + days));
}

/** "Thu 3 Dec" for a YYYY-MM-DD date, read as a calendar day (no time zone shift). */
export function formatDay(
  isoDate: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' },
): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year!, month! - 1, day).toLocaleDateString('en-GB', options);
}
