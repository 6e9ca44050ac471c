import { CreateSupervisionSessionRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';

/** The new-session form as typed; choices are '' until made. */
export interface NewSessionFormValues {
  pcnId: string;
  type: string;
  heldOn: DateParts;
  supervisorUserId: string;
  superviseeUserId: string;
  /** One name a line. */
  otherAttendees: string;
  privateNotes: string;
}

export const EMPTY_SESSION: NewSessionFormValues = {
  pcnId: '',
  type: '',
  heldOn: EMPTY_DATE_PARTS,
  supervisorUserId: '',
  superviseeUserId: '',
  otherAttendees: '',
  privateNotes: '',
};

/** The form's fields, top to bottom. */
export const NEW_SESSION_FIELD_ORDER = [
  'pcnId',
  'type',
  'heldOn',
  'supervisorUserId',
  'superviseeUserId',
  'otherAttendees',
  'privateNotes',
] as const;

/**
 * The supervisor as the form shows it. Nobody records supervision on others' behalf: until one
 * is chosen, I am the supervisor, unless I am already the supervisee.
 */
export function shownSupervisor(values: Pick<NewSessionFormValues, 'supervisorUserId' | 'superviseeUserId'>, myId: string) {
  return values.supervisorUserId || (values.superviseeUserId === myId ? '' : myId);
}

/** Checks the session with the shared schema; `pcnId` is the PCN chosen, or the only one there is. */
export function buildSessionRequest(
  values: NewSessionFormValues,
  { pcnId, myId }: { pcnId: string | undefined; myId: string },
): Checked<CreateSupervisionSessionRequest> {
  const date = readDateParts(values.heldOn, 'the date of the session');
  const checked = validateWith(CreateSupervisionSessionRequest, {
    pcnId,
    type: values.type || undefined,
    heldOn: date.kind === 'date' ? date.iso : '',
    supervisorUserId: shownSupervisor(values, myId) || undefined,
    superviseeUserId: values.superviseeUserId || undefined,
    otherAttendees: values.otherAttendees
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    privateNotes: values.privateNotes,
  });
  const found = withDateIssues(dateIssue(date, 'heldOn'), checked);
  if (checked.ok && found.length === 0) return checked;
  return { ok: false, issues: orderIssues(found, NEW_SESSION_FIELD_ORDER) };
}
