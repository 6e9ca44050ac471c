import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@kith/shared';
import { STATUS_TAG_CLASSES } from './referral-labels.ts';

/** The referral's status as an NHS tag. */
export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <strong className={`nhsuk-tag ${STATUS_TAG_CLASSES[status]}`}>{REFERRAL_STATUS_LABELS[status]}</strong>;
}
