import { CHECKLIST_STATUS_LABELS, type ChecklistStatus } from '@kith/shared';

const TAG_CLASSES: Record<ChecklistStatus, string> = {
  not_started: 'nhsuk-tag nhsuk-tag--grey',
  in_progress: 'nhsuk-tag nhsuk-tag--blue',
  done: 'nhsuk-tag nhsuk-tag--green',
  not_applicable: 'nhsuk-tag nhsuk-tag--white',
};

/** An item's status as an NHS tag, plus "Overdue" when its due date has passed; words, not just colour. */
export function ChecklistStatusTag({ status, overdue }: { status: ChecklistStatus; overdue: boolean }) {
  return (
    <>
      <strong className={TAG_CLASSES[status]}>{CHECKLIST_STATUS_LABELS[status]}</strong>
      {overdue ? (
        <>
          {' '}
          <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
        </>
      ) : null}
    </>
  );
}
