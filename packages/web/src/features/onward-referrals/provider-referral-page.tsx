import { OPEN_TASK_STATUSES, type ProviderOnwardReferral } from '@kith/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { BusinessStatusForm } from './business-status-form.tsx';
import { ConversationSection } from './conversation-section.tsx';
import { OnwardReferralHistory } from './onward-referral-history.tsx';
import { useProviderReferral, useProviderStatusChange } from './provider-referral-queries.ts';
import { SharedDetailsList } from './shared-details-list.tsx';
import { TaskMovePanel } from './task-move-panel.tsx';
import { BusinessStatusText, TaskStatusTag } from './task-status-tag.tsx';

/** `/provider/referrals/:id`: one referral to the provider's service, the shared details only. */
export function ProviderReferralPage() {
  const { id = '' } = useParams();
  const referral = useProviderReferral(id);
  const notFound = isApiError(referral.error, 'not_found', 'validation');
  usePageTitle(
    referral.data ? `Referral to ${referral.data.serviceName}` : notFound ? 'Referral not found' : 'Referral to your service',
  );

  if (!referral.data) {
    return (
      <>
        <BackLink to="/provider/referrals">Back to referrals</BackLink>
        <h1>{notFound ? 'Referral not found' : 'Referral to your service'}</h1>
        {referral.isError ? (
          <ErrorState error={referral.error} what="the referral" onRetry={() => void referral.refetch()} />
        ) : (
          <LoadingState what="the referral" />
        )}
      </>
    );
  }
  return <ProviderReferralView referral={referral.data} />;
}

function ProviderReferralView({ referral }: { referral: ProviderOnwardReferral }) {
  const change = useProviderStatusChange(referral.id);
  const [saved, setSaved] = useState<string | null>(null);
  const open = OPEN_TASK_STATUSES.includes(referral.status);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/provider/referrals">Back to referrals</BackLink>
        <SuccessBanner message={saved} />
        <h1>
          <span className="nhsuk-caption-l">
            Referral from {referral.pcnName}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {referral.serviceName}
        </h1>
        <SummaryList
          rows={[
            { key: 'Status', value: <TaskStatusTag status={referral.status} /> },
            { key: 'Progress', value: <BusinessStatusText value={referral.businessStatus} /> },
            ...(referral.statusReason ? [{ key: 'Reason', value: referral.statusReason }] : []),
            {
              key: 'Sent',
              value: (
                <>
                  <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt)}</time>
                  {referral.sentByName ? ` by ${referral.sentByName}` : ''}, {referral.pcnName}
                </>
              ),
            },
          ]}
        />
        <h2>About the person</h2>
        <p className="nhsuk-body">The person agreed to share these details with you, and only these.</p>
        <SharedDetailsList shared={referral.shared} />
        <h3>Note from the link worker</h3>
        <p className="nhsuk-body kith-pre-line">{referral.note || 'No note.'}</p>
        <TaskMovePanel
          heading="Update the referral"
          status={referral.status}
          allowedMoves={referral.allowedMoves}
          onMove={(request) => change.mutateAsync(request)}
          onSaved={setSaved}
          noteLabel="Note to the link worker (optional)"
        />
        {open ? <BusinessStatusForm referralId={referral.id} current={referral.businessStatus} onSaved={setSaved} /> : null}
        <ConversationSection referralId={referral.id} side="provider" otherSide="the link worker" />
        <OnwardReferralHistory events={referral.events} />
      </div>
    </div>
  );
}
