/**
 * Today's date in England, as `YYYY-MM-DD`. Pulse rounds open and close, and checklist items
 * fall due, on UK calendar days — not on UTC ones, which differ for an hour each summer night.
 */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
