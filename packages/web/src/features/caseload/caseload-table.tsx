import type { CaseloadItem } from '@kith/shared';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { RISK_FLAG_LABELS } from '../referrals/referral-labels.ts';
import { ReferralStatusTag } from '../referrals/referral-status-tag.tsx';

const NONE = (text: string) => <span className="nhsuk-u-secondary-text-colour">{text}</span>;

function daysSince(days: number | null) {
  if (days === null) return NONE('Not contacted yet');
  if (days === 0) return 'Today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** One row per open case: who, where it is, what is next, and what needs attention. */
export function CaseloadTable({ items }: { items: readonly CaseloadItem[] }) {
  return (
    <NhsTable
      caption="Your open cases"
      captionStyle="visually-hidden"
      columns={['Person', 'Status', 'Next action', 'Since last contact', 'Review date', 'Risk flags']}
      rows={items}
      rowKey={(item) => item.referralId}
      renderRow={(item) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <Link to={`/cases/${item.referralId}`}>{item.personName}</Link>
          </th>
          <td className="nhsuk-table__cell">
            <ReferralStatusTag status={item.status} />
          </td>
          <td className="nhsuk-table__cell">
            {item.nextAction}
            {item.nextActionDue ? (
              <span className="nhsuk-u-secondary-text-colour">
                <br />
                Due {formatCalendarDate(item.nextActionDue)}
              </span>
            ) : null}
          </td>
          <td className="nhsuk-table__cell">{daysSince(item.daysSinceLastContact)}</td>
          <td className="nhsuk-table__cell">
            {item.reviewDate ? formatCalendarDate(item.reviewDate) : NONE('Not set')}
            {item.reviewOverdue ? (
              <>
                {' '}
                <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
              </>
            ) : null}
          </td>
          <td className="nhsuk-table__cell">
            {item.riskFlags.length === 0 ? (
              NONE('None')
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {item.riskFlags.map((flag) => (
                  <li key={flag}>{RISK_FLAG_LABELS[flag]}</li>
                ))}
              </ul>
            )}
          </td>
        </>
      )}
    />
  );
}
