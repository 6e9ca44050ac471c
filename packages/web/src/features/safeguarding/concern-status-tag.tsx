import { SAFEGUARDING_STATUS_LABELS, type SafeguardingStatus } from '@kith/shared';

const TAG_CLASSES: Record<SafeguardingStatus, string> = {
  raised: 'nhsuk-tag--red',
  acknowledged: 'nhsuk-tag--orange',
  referred_to_local_authority: 'nhsuk-tag--purple',
  managed_internally: 'nhsuk-tag--blue',
  closed: 'nhsuk-tag--grey',
};

/** A concern's status as an NHS tag; the words carry the meaning, the colour only helps. */
export function ConcernStatusTag({ status }: { status: SafeguardingStatus }) {
  return <strong className={`nhsuk-tag ${TAG_CLASSES[status]}`}>{SAFEGUARDING_STATUS_LABELS[status]}</strong>;
}
