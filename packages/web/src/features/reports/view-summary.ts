import type { Report, ReportFilterOptions } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';

/** Who and when a report covers, in words: "1 April 2025 to 31 March 2026, Riverside PCN, all practices". */
export function describeView(report: Pick<Report, 'period' | 'filters'>, options: ReportFilterOptions | undefined): string {
  const nameOf = (list: readonly { id: string; name: string }[] | undefined, id: string | null) =>
    id ? (list?.find((item) => item.id === id)?.name ?? 'the one chosen') : null;
  const parts = [`${formatCalendarDate(report.period.from)} to ${formatCalendarDate(report.period.to)}`];
  // Someone with one PCN sees it named rather than "All PCNs".
  const onlyPcn = options?.pcns.length === 1 ? options.pcns[0]?.name : undefined;
  parts.push(nameOf(options?.pcns, report.filters.pcnId) ?? onlyPcn ?? 'All PCNs');
  const practice = nameOf(options?.practices, report.filters.practiceId);
  if (practice) parts.push(practice);
  const worker = nameOf(options?.workers, report.filters.workerId);
  if (worker) parts.push(`link worker ${worker}`);
  return parts.join(', ');
}
