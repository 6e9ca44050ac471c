import { CreateContactRequest } from '@kith/shared';
import { type Checked, type FormIssue, orderIssues, validateWith } from '../../api/form-issues.ts';
import { EMPTY_HAPPENED_AT, type HappenedAtContext, type HappenedAtValues, readHappenedAt } from './happened-at-values.ts';

/** The contact form as typed. `successful` is '' until the user answers. */
export interface ContactFormValues {
  mode: string;
  successful: '' | 'yes' | 'no';
  /** When it happened; blank for just now. */
  when: HappenedAtValues;
  durationMinutes: string;
  notes: string;
}

export const EMPTY_CONTACT: ContactFormValues = {
  mode: '',
  successful: '',
  when: EMPTY_HAPPENED_AT,
  durationMinutes: '',
  notes: '',
};

/** The contact form's fields, top to bottom. */
export const CONTACT_FIELD_ORDER = ['mode', 'successful', 'occurredAt', 'occurredTime', 'durationMinutes', 'notes'] as const;

/** The date boxes carry the request's name, so the server's problems with it show there too. */
export const CONTACT_WHEN_PATHS = { field: 'occurredAt', time: 'occurredTime' } as const;

/**
 * Checks the contact form with the shared schema and builds `POST /api/referrals/:id/contacts`.
 * A contact logged later keeps the time it happened, within the life of the referral.
 */
export function buildContactRequest(values: ContactFormValues, context: HappenedAtContext): Checked<CreateContactRequest> {
  const issues: FormIssue[] = [];
  if (!values.successful) issues.push({ path: 'successful', message: 'Say whether you spoke to them' });
  const when = readHappenedAt(values.when, { ...context, what: 'The contact', paths: CONTACT_WHEN_PATHS });
  if (when.kind === 'invalid') issues.push(...when.issues);
  const duration = values.durationMinutes.trim();
  const minutes = /^\d+$/.test(duration) ? Number(duration) : null;
  if (duration && minutes === null) issues.push({ path: 'durationMinutes', message: 'Enter the time in whole minutes, like 20' });
  if (minutes !== null && minutes > 600) {
    issues.push({ path: 'durationMinutes', message: 'Duration must be 600 minutes (10 hours) or less' });
  }
  const checked = validateWith(CreateContactRequest, {
    mode: values.mode,
    successful: values.successful === 'yes',
    ...(when.kind === 'at' ? { occurredAt: when.iso } : {}),
    durationMinutes: minutes,
    notes: values.notes.trim() || undefined,
  });
  if (!checked.ok || issues.length > 0) {
    const all = [...issues, ...(checked.ok ? [] : checked.issues)];
    return { ok: false, issues: orderIssues(all, CONTACT_FIELD_ORDER) };
  }
  return checked;
}
