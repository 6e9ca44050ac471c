import { CreateUnmetNeedRequest } from '@kith/shared';
import { type Checked, type FormIssue, orderIssues, validateWith } from '../../api/form-issues.ts';

/** The fields in the order the form shows them. */
export const UNMET_NEED_FIELDS = ['needTermId', 'area', 'reason', 'note'] as const;

export interface UnmetNeedFormValues {
  needTermId: string;
  area: string;
  reason: string;
  note: string;
}

/**
 * Checks the form with the server's schema. An unchosen need would otherwise read as "Invalid
 * UUID", so the form says it in words first (the first message per field is the one shown).
 */
export function buildUnmetNeedRequest(personId: string, values: UnmetNeedFormValues): Checked<CreateUnmetNeedRequest> {
  const own: FormIssue[] = values.needTermId === '' ? [{ path: 'needTermId', message: 'Choose the need' }] : [];
  const checked = validateWith(CreateUnmetNeedRequest, {
    personId,
    needTermId: values.needTermId || undefined,
    area: values.area,
    reason: values.reason || undefined,
    note: values.note,
  });
  if (checked.ok && own.length === 0) return checked;
  return { ok: false, issues: orderIssues([...own, ...(checked.ok ? [] : checked.issues)], UNMET_NEED_FIELDS) };
}
