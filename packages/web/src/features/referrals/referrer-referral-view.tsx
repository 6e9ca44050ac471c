import { formatNhsNumber, REFERRAL_STATUS_LABELS, type ReferrerReferral } from '@kith/shared';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { formatCalendarDate, formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { useMessageBack } from './message-back-queries.ts';
import { MessageBackView } from './message-back-view.tsx';
import { REFERRAL_SOURCE_LABELS, reasonList } from './referral-labels.ts';

const none = (text = 'None') => <span className="nhsuk-u-secondary-text-colour">{text}</span>;
const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso)}</time>;

/**
 * A referral as its referrer sees it: the person as they referred them, where it has got to and
 * when, and — once it has ended — the message back. The team's notes, risk flags and complexity
 * are not part of this view (the server does not send them).
 */
export function ReferrerReferralView({ referral }: { referral: ReferrerReferral }) {
  const { person } = referral;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Date of birth', value: person.dateOfBirth ? formatCalendarDate(person.dateOfBirth) : none('Not known') },
          { key: 'NHS number', value: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : none('Not known') },
          { key: 'Reasons', value: reasonList(referral.reasons) || none() },
          { key: 'Referred by', value: referral.referrerName ?? none('Not recorded') },
          { key: 'Source', value: REFERRAL_SOURCE_LABELS[referral.source] },
          { key: 'Referred', value: when(referral.createdAt) },
          { key: 'Last updated', value: when(referral.updatedAt) },
          { key: 'Ended', value: referral.closedAt ? when(referral.closedAt) : none('Still open') },
        ]}
      />
      <h2>Message back</h2>
      {referral.messageBackReady ? (
        <ReferrerMessageBack referralId={referral.id} />
      ) : (
        <p className="nhsuk-body">
          There is no message back yet. You will get one when the referral ends, whether the person is discharged, declines,
          cannot be reached or the referral is withdrawn.
        </p>
      )}
      <NhsTable
        caption="Status history"
        captionStyle="medium"
        columns={['When', 'From', 'To']}
        rows={referral.transitions ?? []}
        rowKey={(transition) => `${transition.at}:${transition.to}`}
        emptyMessage="No changes yet."
        renderRow={(transition) => (
          <>
            <td className="nhsuk-table__cell">{when(transition.at)}</td>
            <td className="nhsuk-table__cell">{transition.from ? REFERRAL_STATUS_LABELS[transition.from] : none()}</td>
            <td className="nhsuk-table__cell">{REFERRAL_STATUS_LABELS[transition.to]}</td>
          </>
        )}
      />
    </>
  );
}

function ReferrerMessageBack({ referralId }: { referralId: string }) {
  const message = useMessageBack(referralId);
  if (message.isPending) return <LoadingState what="the message back" />;
  if (isApiError(message.error, 'not_found')) return <p className="nhsuk-body">There is no message back yet.</p>;
  if (message.isError) return <ErrorState error={message.error} what="the message back" onRetry={() => void message.refetch()} />;
  return (
    <>
      <MessageBackView message={message.data} headingLevel={3} />
      <p className="nhsuk-body">
        <Link to={`/referrals/${referralId}/message`}>Open the message back on its own page</Link>
      </p>
    </>
  );
}
