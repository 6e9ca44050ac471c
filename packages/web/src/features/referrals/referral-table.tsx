import { isClosedStatus, type ReferralDetail } from '@kith/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { personName, reasonList, URGENCY_LABELS } from './referral-labels.ts';
import { ReferralStatusTag } from './referral-status-tag.tsx';

interface ReferralTableProps {
  caption: string;
  captionStyle: 'medium' | 'visually-hidden';
  referrals: readonly ReferralDetail[];
  /**
   * `made`: a referrer's own, with the message back once the referral has ended (any ending); `queue`:
   * a supervisor's, with the link worker. Urgency is the team's (as triaged), so only the queue shows it.
   */
  variant: 'made' | 'queue';
}

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;

/** Referrals as a table: the person (linking to the referral), when, why, how urgent and where it is. */
export function ReferralTable({ caption, captionStyle, referrals, variant }: ReferralTableProps) {
  const last = variant === 'made' ? 'Message back' : 'Link worker';
  return (
    <NhsTable
      caption={caption}
      captionStyle={captionStyle}
      columns={
        variant === 'made'
          ? ['Person', 'Referred', 'Reasons', 'Status', last]
          : ['Person', 'Referred', 'Reasons', 'Urgency', 'Status', last]
      }
      rows={referrals}
      rowKey={(referral) => referral.id}
      renderRow={(referral) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <Link to={`/referrals/${referral.id}`}>{personName(referral.person)}</Link>
          </th>
          <td className="nhsuk-table__cell">
            <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time>
          </td>
          <td className="nhsuk-table__cell">{reasonList(referral.reasons)}</td>
          {variant === 'queue' ? (
            <td className="nhsuk-table__cell">{referral.access === 'referrer' ? NONE : URGENCY_LABELS[referral.urgency]}</td>
          ) : null}
          <td className="nhsuk-table__cell">
            <ReferralStatusTag status={referral.status} />
          </td>
          <td className="nhsuk-table__cell">
            {variant === 'queue' && referral.access !== 'referrer' ? (referral.assignedWorkerName ?? NONE) : null}
            {variant === 'made' && isClosedStatus(referral.status) ? (
              <Link to={`/referrals/${referral.id}/message`}>
                View message back<span className="nhsuk-u-visually-hidden"> for {personName(referral.person)}</span>
              </Link>
            ) : null}
            {variant === 'made' && !isClosedStatus(referral.status) ? NONE : null}
          </td>
        </>
      )}
    />
  );
}
