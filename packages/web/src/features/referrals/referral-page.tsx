import { isClosedStatus, type MeResponse, OPEN_CASE_STATUSES, type Referral } from '@kith/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import type { FormIssue } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { GpRecordPanel } from '../gp-record/gp-record-panel.tsx';
import { VerifyReferralPanel } from '../self-referral/verify-referral-panel.tsx';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { AllocateForm } from './allocate-form.tsx';
import { personName } from './referral-labels.ts';
import { useReferral } from './referral-queries.ts';
import { ReferralStatusTag } from './referral-status-tag.tsx';
import { ReferralSummary } from './referral-summary.tsx';
import { ReferrerReferralView } from './referrer-referral-view.tsx';
import { OTHER_ENDINGS, TransitionForm } from './transition-form.tsx';
import { TransitionHistory } from './transition-history.tsx';
import { TriageForm } from './triage-form.tsx';

/**
 * `/referrals/:id`: the referral, its history, and for supervisors triage, allocation and endings.
 * Its referrer (when that is their only relationship to it) gets the referrer's view instead.
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const referral = useReferral(id);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<FormIssue[]>([]);
  const notFound = isApiError(referral.error, 'not_found', 'validation');
  const name = referral.data ? personName(referral.data.person) : '';
  usePageTitle(referral.data ? `Referral for ${name}` : notFound ? 'Referral not found' : 'Referral', conflict.length > 0);

  const back = can(me.data, 'referrals:triage') ? (
    <BackLink to="/referrals/queue">Back to the referral queue</BackLink>
  ) : can(me.data, 'menu:your-referrals') ? (
    <BackLink to="/referrals/mine">Back to your referrals</BackLink>
  ) : (
    <BackLink to="/caseload">Back to your caseload</BackLink>
  );

  if (!referral.data) {
    return (
      <>
        {back}
        <h1>{notFound ? 'Referral not found' : 'Referral'}</h1>
        {referral.isError ? (
          <ErrorState error={referral.error} what="the referral" onRetry={() => void referral.refetch()} />
        ) : (
          <LoadingState what="the referral" />
        )}
      </>
    );
  }

  const current = referral.data;
  const onSaved = (message: string) => {
    setConflict([]);
    setSaved(message);
  };
  const onConflict = (issues: FormIssue[]) => {
    setSaved(null);
    setConflict(issues);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back}
        <ErrorSummary issues={conflict} />
        <SuccessBanner message={saved} />
        <h1>
          <span className="nhsuk-caption-l">
            Referral<span className="nhsuk-u-visually-hidden"> for </span>
          </span>
          {name}
        </h1>
        <p className="nhsuk-body">
          <ReferralStatusTag status={current.status} />
        </p>
        {current.access === 'referrer' ? (
          <ReferrerReferralView referral={current} />
        ) : (
          <TeamReferral current={current} me={me.data} onSaved={onSaved} onConflict={onConflict} />
        )}
      </div>
    </div>
  );
}

interface TeamReferralProps {
  current: Referral;
  me: MeResponse | null | undefined;
  onSaved: (message: string) => void;
  onConflict: (issues: FormIssue[]) => void;
}

/** The care team's view: links, the full summary, the supervisor's actions and the history with reasons. */
function TeamReferral({ current, me, onSaved, onConflict }: TeamReferralProps) {
  return (
    <>
      <ReferralLinks referral={current} holdsCases={can(me, 'caseload:hold')} canReadPeople={can(me, 'people:read')} />
      <ReferralSummary referral={current} />
      {isClosedStatus(current.status) ? <GpRecordPanel referralId={current.id} ending={current.status} /> : null}
      {can(me, 'referrals:triage') ? <SupervisorActions referral={current} onSaved={onSaved} onConflict={onConflict} /> : null}
      <TransitionHistory transitions={current.transitions ?? []} />
    </>
  );
}

interface ReferralLinksProps {
  referral: Referral;
  /** Whether to offer "Open the case": to those who hold a caseload. */
  holdsCases: boolean;
  canReadPeople: boolean;
}

/** Where to go from here: the case, the person's record, the message back. */
function ReferralLinks({ referral, holdsCases, canReadPeople }: ReferralLinksProps) {
  const links = [
    holdsCases && OPEN_CASE_STATUSES.includes(referral.status) ? { to: `/cases/${referral.id}`, text: 'Open the case' } : null,
    canReadPeople ? { to: `/people/${referral.person.id}`, text: `${personName(referral.person)}'s record and timeline` } : null,
    isClosedStatus(referral.status) ? { to: `/referrals/${referral.id}/message`, text: 'View the message back' } : null,
  ].filter((link): link is { to: string; text: string } => link !== null);
  if (links.length === 0) return null;
  return (
    <ul className="nhsuk-list">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{link.text}</Link>
        </li>
      ))}
    </ul>
  );
}

interface SupervisorActionsProps {
  referral: Referral;
  onSaved: (message: string) => void;
  onConflict: (issues: FormIssue[]) => void;
}

/** The forms a supervisor may use on this referral now, as its allowed transitions say. */
function SupervisorActions({ referral, onSaved, onConflict }: SupervisorActionsProps) {
  const allowed = referral.allowedTransitions;
  const props = { referral, onSaved, onConflict };
  return (
    // Keyed by the last change, so each form starts from the referral as it is now.
    <div key={referral.updatedAt}>
      {referral.unverified && !isClosedStatus(referral.status) ? <VerifyReferralPanel referral={referral} /> : null}
      {allowed.includes('triaged') ? <TriageForm {...props} /> : null}
      {allowed.includes('allocated') ? <AllocateForm {...props} /> : null}
      {OTHER_ENDINGS.some((status) => allowed.includes(status)) ? <TransitionForm {...props} /> : null}
    </div>
  );
}
