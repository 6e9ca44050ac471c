import type { TimelineEntry } from '@kith/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  referral: 'Referral',
  status: 'Status change',
  contact: 'Contact',
  measure: 'Outcome measure',
  care_plan: 'Care plan',
  discharge: 'Discharge',
};

/** A person's timeline, newest first, each entry linking to the referral it belongs to. */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <p className="nhsuk-body">Nothing has happened yet.</p>;
  return (
    <ol className="nhsuk-list kith-timeline">
      {entries.map((entry) => (
        <li className="kith-timeline__entry" key={`${entry.at}:${entry.kind}:${entry.referralId}:${entry.title}`}>
          <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {KIND_LABELS[entry.kind]}
          </p>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{entry.title}</h3>
          {entry.detail ? <p className="nhsuk-body kith-pre-line nhsuk-u-margin-bottom-1">{entry.detail}</p> : null}
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <Link to={`/referrals/${entry.referralId}`}>
              View the referral<span className="nhsuk-u-visually-hidden">: {entry.title}</span>
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
