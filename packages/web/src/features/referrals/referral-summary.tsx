import { formatNhsNumber, type Referral } from '@kith/shared';
import { formatCalendarDate, formatDateTime } from '../../components/date-format.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { COMPLEXITY_LABELS, REFERRAL_SOURCE_LABELS, RISK_FLAG_LABELS, reasonList, URGENCY_LABELS } from './referral-labels.ts';

const none = (text = 'None') => <span className="nhsuk-u-secondary-text-colour">{text}</span>;

function consentText(referral: Referral): string {
  const referral_ = referral.consentToReferral ? 'Agreed to be referred' : 'Did not agree to be referred';
  const sharing = referral.consentToDataSharing
    ? 'agreed to their information being shared with the link worker service'
    : 'did not agree to their information being shared';
  return `${referral_}; ${sharing} (recorded ${formatDateTime(referral.consentRecordedAt)})`;
}

/** The facts of a referral as an NHS summary list. */
export function ReferralSummary({ referral }: { referral: Referral }) {
  const { person } = referral;
  return (
    <SummaryList
      rows={[
        { key: 'Date of birth', value: person.dateOfBirth ? formatCalendarDate(person.dateOfBirth) : none('Not known') },
        { key: 'NHS number', value: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : none('Not known') },
        { key: 'Postcode', value: person.postcode ?? none('Not known') },
        { key: 'Reasons', value: reasonList(referral.reasons) || none() },
        { key: 'Urgency', value: URGENCY_LABELS[referral.urgency] },
        { key: 'Complexity', value: referral.complexity ? COMPLEXITY_LABELS[referral.complexity] : none('Not triaged yet') },
        {
          key: 'Risk flags',
          value: referral.riskFlags.length > 0 ? referral.riskFlags.map((flag) => RISK_FLAG_LABELS[flag]).join(', ') : none(),
        },
        { key: 'Notes', value: referral.notes ? <span className="kith-pre-line">{referral.notes}</span> : none() },
        { key: 'Link worker', value: referral.assignedWorkerName ?? none('Not allocated yet') },
        { key: 'Referred by', value: referral.referrerName ?? none('Not recorded') },
        { key: 'Source', value: REFERRAL_SOURCE_LABELS[referral.source] },
        { key: 'Referred', value: <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time> },
        { key: 'Consent', value: consentText(referral) },
      ]}
    />
  );
}
