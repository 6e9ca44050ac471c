import { CAPACITY_STATUS_LABELS, type CapacityStatus } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { CAPACITY_TAG_CLASSES } from './directory-format.ts';

/** Whether a service can take people now: coloured, and the words always say it too. */
export function CapacityTag({ status }: { status: CapacityStatus }) {
  return <strong className={CAPACITY_TAG_CLASSES[status]}>{CAPACITY_STATUS_LABELS[status]}</strong>;
}

/** The warning on a service nobody has confirmed for a while: "Not verified since 3 March 2025". */
export function StaleTag({ stale, lastVerifiedAt }: { stale: boolean; lastVerifiedAt: string | null }) {
  if (!stale) return null;
  return (
    <strong className="nhsuk-tag nhsuk-tag--yellow">
      {lastVerifiedAt ? `Not verified since ${formatCalendarDate(lastVerifiedAt)}` : 'Never verified'}
    </strong>
  );
}

/** Archived services are hidden from search; curators still see them, marked. */
export function ArchivedTag({ archived }: { archived: boolean }) {
  return archived ? <strong className="nhsuk-tag nhsuk-tag--grey">Archived</strong> : null;
}
