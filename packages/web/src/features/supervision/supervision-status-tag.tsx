import { SUPERVISION_STATUS_LABELS, type SupervisionStatus } from '@kith/shared';

const TAG_CLASSES: Record<SupervisionStatus, string> = {
  ok: 'nhsuk-tag nhsuk-tag--green',
  due: 'nhsuk-tag nhsuk-tag--yellow',
  overdue: 'nhsuk-tag nhsuk-tag--red',
};

/** Up to date / due / overdue; the words say it as well as the colour. */
export function SupervisionStatusTag({ status }: { status: SupervisionStatus }) {
  return <strong className={TAG_CLASSES[status]}>{SUPERVISION_STATUS_LABELS[status]}</strong>;
}
