import { CreatePulseRoundRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';

/** The new-round form as typed: the dates as the boxes hold them. */
export interface PulseRoundFormValues {
  organisationId: string;
  title: string;
  opensOn: DateParts;
  closesOn: DateParts;
}

export const EMPTY_PULSE_ROUND: PulseRoundFormValues = {
  organisationId: '',
  title: '',
  opensOn: EMPTY_DATE_PARTS,
  closesOn: EMPTY_DATE_PARTS,
};

/** The new-round form's fields, top to bottom. */
export const PULSE_ROUND_FIELD_ORDER = ['organisationId', 'title', 'opensOn', 'closesOn'] as const;

/** Checks the new-round form with the shared schema and builds `POST /api/pulse/rounds`. */
export function buildPulseRoundRequest(values: PulseRoundFormValues): Checked<CreatePulseRoundRequest> {
  const opens = readDateParts(values.opensOn, 'opening date');
  const closes = readDateParts(values.closesOn, 'closing date');
  const checked = validateWith(CreatePulseRoundRequest, {
    organisationId: values.organisationId || undefined,
    title: values.title,
    opensOn: opens.kind === 'date' ? opens.iso : undefined,
    closesOn: closes.kind === 'date' ? closes.iso : undefined,
  });
  const dateIssues = [
    ...dateIssue(opens, 'opensOn', 'Enter the opening date'),
    ...dateIssue(closes, 'closesOn', 'Enter the closing date'),
  ];
  const found = withDateIssues(dateIssues, checked).map((issue) =>
    issue.path === 'organisationId' ? { ...issue, message: 'Choose who the round is for' } : issue,
  );
  if (!checked.ok || found.length > 0) return { ok: false, issues: orderIssues(found, PULSE_ROUND_FIELD_ORDER) };
  return checked;
}
