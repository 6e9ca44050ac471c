import { CAPACITY_STATUS_LABELS, CapacityUpdate } from '@kith/shared';
import { type FormIssue, validateWith } from '../../api/form-issues.ts';
import { describeWait } from './directory-format.ts';

/** The one-click capacity update from what the provider chose and typed; the wait may be left empty. */
export function buildCapacityUpdate(
  capacityStatus: string,
  waitText: string,
): { ok: true; data: CapacityUpdate } | { ok: false; issues: FormIssue[] } {
  const trimmed = waitText.trim();
  if (!capacityStatus) {
    return { ok: false, issues: [{ path: 'capacityStatus', message: 'Choose whether the service can take people now' }] };
  }
  if (trimmed !== '' && !/^\d{1,4}$/.test(trimmed)) {
    return {
      ok: false,
      issues: [{ path: 'typicalWaitDays', message: 'Enter the typical wait as a whole number of days, like 42' }],
    };
  }
  return validateWith(CapacityUpdate, {
    capacityStatus: capacityStatus || undefined,
    typicalWaitDays: trimmed === '' ? null : Number(trimmed),
  });
}

/** "Riverside Walking Group: Waiting list, typical wait 6 weeks". */
export function capacityUpdatedMessage(name: string, update: CapacityUpdate): string {
  const days = update.typicalWaitDays;
  const wait =
    days === null || days === undefined ? '' : days === 0 ? ', no wait' : `, typical wait ${describeWait(days).toLowerCase()}`;
  return `${name} updated: ${CAPACITY_STATUS_LABELS[update.capacityStatus]}${wait}`;
}
