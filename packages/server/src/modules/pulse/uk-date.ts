/**
 * Today's date in England, as `YYYY-MM-DD`. Pulse rounds open and close, and checklist items
 * fall due, on UK calendar days — not on UTC ones, which differ for an hour each summer night.
 */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** A calendar date (`YYYY-MM-DD`) moved by whole days; calendar arithmetic, so no time zone applies. */
export function shiftCalendarDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Yesterday's date in England: the closing day that makes a round closed from today. */
export function ukYesterday(now: Date = new Date()): string {
  return shiftCalendarDate(ukToday(now), -1);
}
