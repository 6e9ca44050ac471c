import { PERSON_MESSAGE_STATUS_LABELS, type PersonMessage } from '@kith/shared';

const COLOUR: Record<PersonMessage['status'], string> = {
  queued: 'nhsuk-tag--grey',
  created: 'nhsuk-tag--blue',
  sending: 'nhsuk-tag--blue',
  delivered: 'nhsuk-tag--green',
  'permanent-failure': 'nhsuk-tag--red',
  'temporary-failure': 'nhsuk-tag--orange',
  'technical-failure': 'nhsuk-tag--red',
};

/** Where a message has got to, in words (colour is never the only cue). A queued one the job queue gave up on reads "Not sent". */
export function MessageStatusTag({ message }: { message: Pick<PersonMessage, 'status' | 'lastError' | 'canRetry'> }) {
  if (message.status === 'queued' && message.canRetry) return <strong className="nhsuk-tag nhsuk-tag--red">Not sent</strong>;
  return <strong className={`nhsuk-tag ${COLOUR[message.status]}`}>{PERSON_MESSAGE_STATUS_LABELS[message.status]}</strong>;
}
