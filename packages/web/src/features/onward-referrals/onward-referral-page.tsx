import type { OnwardReferral } from '@kith/shared';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { type FlashState, readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePerson } from '../people/people-queries.ts';
import { personName } from '../referrals/referral-labels.ts';
import { ConversationSection } from './conversation-section.tsx';
import { OnwardReferralHistory } from './onward-referral-history.tsx';
import { useChangeOnwardReferralStatus, useOnwardReferral } from './onward-referral-queries.ts';
import { ReminderNotice } from './reminder-notice.tsx';
import { SharedDetailsList } from './shared-details-list.tsx';
import { TaskMovePanel } from './task-move-panel.tsx';
import { BusinessStatusText, TaskStatusTag } from './task-status-tag.tsx';

/** `/onward-referrals/:id`: where the link worker's onward referral has got to, and its history. */
export function OnwardReferralPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const flash = readFlash(location.state);
  const referral = useOnwardReferral(id);
  const notFound = isApiError(referral.error, 'not_found', 'validation');
  const data = referral.data;
  usePageTitle(data ? `Onward referral to ${data.serviceName}` : notFound ? 'Onward referral not found' : 'Onward referral');

  if (!data) {
    return (
      <>
        <h1>{notFound ? 'Onward referral not found' : 'Onward referral'}</h1>
        {referral.isError ? (
          <ErrorState error={referral.error} what="the onward referral" onRetry={() => void referral.refetch()} />
        ) : (
          <LoadingState what="the onward referral" />
        )}
      </>
    );
  }
  return <OnwardReferralView referral={data} flash={flash} />;
}

function OnwardReferralView({ referral: data, flash }: { referral: OnwardReferral; flash: FlashState | null }) {
  const person = usePerson(data.personId);
  const change = useChangeOnwardReferralStatus(data.id);
  const [saved, setSaved] = useState<string | null>(null);
  const name = person.data ? personName(person.data) : null;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/people/${data.personId}`}>{`Back to ${name ?? 'the person'}`}</BackLink>
        <SuccessBanner message={saved ?? flash?.flash} detail={saved ? undefined : flash?.flashDetail} />
        <h1>
          <span className="nhsuk-caption-l">
            Onward referral{name ? ` for ${name}` : ''}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {data.serviceName}
        </h1>
        <ReminderNotice raisedAt={data.reminderRaisedAt} providerName={data.providerName} />
        <SummaryList
          rows={[
            { key: 'Status', value: <TaskStatusTag status={data.status} /> },
            { key: 'Progress', value: <BusinessStatusText value={data.businessStatus} /> },
            ...(data.statusReason ? [{ key: 'Reason', value: data.statusReason }] : []),
            { key: 'Service', value: <Link to={`/directory/services/${data.serviceId}`}>{data.serviceName}</Link> },
            { key: 'Provider', value: data.providerName },
            {
              key: 'Sent',
              value: (
                <>
                  <time dateTime={data.sentAt}>{formatDateTime(data.sentAt)}</time>
                  {data.sentByName ? ` by ${data.sentByName}` : ''}
                </>
              ),
            },
            {
              key: 'Consent recorded',
              value: <time dateTime={data.consentRecordedAt}>{formatDateTime(data.consentRecordedAt)}</time>,
            },
            ...(data.referralId
              ? [{ key: 'Part of', value: <Link to={`/referrals/${data.referralId}`}>The referral</Link> }]
              : []),
          ]}
        />
        <h2>What was shared</h2>
        <SharedDetailsList shared={data.shared} />
        <h3>Note to the provider</h3>
        <p className="nhsuk-body kith-pre-line">{data.note || 'No note.'}</p>
        <TaskMovePanel
          heading="Cancel this referral"
          status={data.status}
          allowedMoves={data.allowedMoves.filter((move) => move === 'cancelled')}
          onMove={(request) => change.mutateAsync(request)}
          onSaved={setSaved}
        />
        <ConversationSection referralId={data.id} side="requester" otherSide={data.providerName} />
        <OnwardReferralHistory events={data.events} />
      </div>
    </div>
  );
}
