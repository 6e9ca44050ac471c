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
  onward_referral: 'Onward referral',
  unmet_need: 'Unmet need',
  message: 'Message to the person',
};

/** Where an entry leads and what the link says: its own page when it has one, else its referral. */
function timelineLinkFor(entry: TimelineEntry): { to: string; text: string } | null {
  if (entry.link) {
    return { to: entry.link, text: entry.kind === 'onward_referral' ? 'View the onward referral' : 'View' };
  }
  return entry.referralId ? { to: `/referrals/${entry.referralId}`, text: 'View the referral' } : null;
}

/** A person's timeline, newest first, each entry linking to where it belongs. */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <p className="nhsuk-body">Nothing has happened yet.</p>;
  return (
    <ol className="nhsuk-list kith-timeline">
      {entries.map((entry) => {
        const link = timelineLinkFor(entry);
        return (
          <li className="kith-timeline__entry" key={`${entry.at}:${entry.kind}:${entry.link ?? entry.referralId}:${entry.title}`}>
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {KIND_LABELS[entry.kind]}
            </p>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{entry.title}</h3>
            {entry.detail ? <p className="nhsuk-body kith-pre-line nhsuk-u-margin-bottom-1">{entry.detail}</p> : null}
            {link ? (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                <Link to={link.to}>
                  {link.text}
                  <span className="nhsuk-u-visually-hidden">: {entry.title}</span>
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
