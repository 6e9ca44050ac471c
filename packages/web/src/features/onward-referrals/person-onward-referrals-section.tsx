import { Link } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePersonOnwardReferrals } from './onward-referral-queries.ts';
import { BusinessStatusText, TaskStatusTag } from './task-status-tag.tsx';

/**
 * The person's onward referrals with where each has got to, and the two ways on from here:
 * find a service to refer them to, or record that nothing suitable exists.
 */
export function PersonOnwardReferralsSection({ personId }: { personId: string }) {
  const referrals = usePersonOnwardReferrals(personId);
  const encoded = encodeURIComponent(personId);

  return (
    <section aria-labelledby="onward-referrals-heading">
      <h2 id="onward-referrals-heading">Onward referrals</h2>
      <QueryState query={referrals} what="onward referrals">
        {(data) => (
          <NhsTable
            caption="Services this person has been referred to"
            captionStyle="visually-hidden"
            columns={['Service', 'Sent', 'Status', 'Progress']}
            rows={data}
            rowKey={(referral) => referral.id}
            emptyMessage="They have not been referred to any community services yet."
            renderRow={(referral) => (
              <>
                <td className="nhsuk-table__cell">
                  <Link to={`/onward-referrals/${referral.id}`}>{referral.serviceName}</Link>
                  <span className="nhsuk-u-secondary-text-colour"> ({referral.providerName})</span>
                </td>
                <td className="nhsuk-table__cell">
                  <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt)}</time>
                </td>
                <td className="nhsuk-table__cell">
                  <TaskStatusTag status={referral.status} />
                  {referral.reminderRaisedAt && referral.status === 'requested' ? (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--red">No reply yet</strong>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">
                  <BusinessStatusText value={referral.businessStatus} />
                </td>
              </>
            )}
          />
        )}
      </QueryState>
      <div className="nhsuk-button-group">
        <ButtonLink to={`/directory?personId=${encoded}`}>Find a service</ButtonLink>
        <ButtonLink variant="secondary" to={`/people/${encoded}/unmet-needs/new`}>
          Record an unmet need
        </ButtonLink>
      </div>
    </section>
  );
}
