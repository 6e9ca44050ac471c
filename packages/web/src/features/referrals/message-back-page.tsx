import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { GpRecordPanel } from '../gp-record/gp-record-panel.tsx';
import { DischargeLetterButton } from '../letters/discharge-letter-button.tsx';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { useMessageBack } from './message-back-queries.ts';
import { MessageBackView } from './message-back-view.tsx';

/** `/referrals/:id/message`: the message back for a referral that has ended, however it ended. */
export function MessageBackPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const message = useMessageBack(id);
  usePageTitle(message.data ? `Message back for ${message.data.personName}` : 'Message back');
  const back = can(me.data, 'menu:your-referrals') ? (
    <BackLink to="/referrals/mine">Back to your referrals</BackLink>
  ) : (
    <BackLink to={`/referrals/${id}`}>Back to the referral</BackLink>
  );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back}
        <h1>
          {message.data ? (
            <span className="nhsuk-caption-l">
              {message.data.personName}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
          ) : null}
          Message back
        </h1>
        {message.isPending ? <LoadingState what="the message back" /> : null}
        {isApiError(message.error, 'not_found') ? (
          <p className="nhsuk-body">There is no message back yet. It is written when the referral ends.</p>
        ) : null}
        {message.isError && !isApiError(message.error, 'not_found') ? (
          <ErrorState error={message.error} what="the message back" onRetry={() => void message.refetch()} />
        ) : null}
        {message.data ? <MessageBackView message={message.data} /> : null}
        {message.data ? <GpRecordPanel referralId={id} ending={message.data.ending} /> : null}
        {message.data && can(me.data, 'referrals:work') ? <DischargeLetterButton referralId={id} /> : null}
      </div>
    </div>
  );
}
