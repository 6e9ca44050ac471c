import { CAPACITY_STATUS_LABELS, CapacityUpdate, type ServiceSummary } from '@kith/shared';
import { type Checked, type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { describeWait } from './directory-format.ts';

/** The one-click capacity update from what the provider chose and typed; the wait may be left empty. */
export function buildCapacityUpdate(capacityStatus: string, waitText: string): Checked<CapacityUpdate> {
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

/** One service's capacity update as typed on its card. */
export interface CapacityFormValues {
  capacityStatus: string;
  typicalWaitDays: string;
}

export function capacityFormValues(service: Pick<ServiceSummary, 'capacityStatus' | 'typicalWaitDays'>): CapacityFormValues {
  return {
    capacityStatus: service.capacityStatus,
    typicalWaitDays: service.typicalWaitDays === null ? '' : String(service.typicalWaitDays),
  };
}

/** Field paths are per service, so each card's fields, ids and errors are its own. */
export const capacityPath = (serviceId: string, field: string) => `service-${serviceId}.${field}`;

export function capacityFieldOrder(serviceId: string): string[] {
  return [capacityPath(serviceId, 'capacityStatus'), capacityPath(serviceId, 'typicalWaitDays')];
}

/** Problems with one service's update named by that service's paths; others are about the whole form. */
function forService(serviceId: string, issues: readonly FormIssue[]): FormIssue[] {
  return issues.map((issue) =>
    issue.path === 'capacityStatus' || issue.path === 'typicalWaitDays'
      ? { ...issue, path: capacityPath(serviceId, issue.path) }
      : issue,
  );
}

/** Checks one card's update: `PATCH /api/directory/services/:id/capacity`. */
export function buildCapacityRequest(serviceId: string, values: CapacityFormValues): Checked<CapacityUpdate> {
  const checked = buildCapacityUpdate(values.capacityStatus, values.typicalWaitDays);
  return checked.ok ? checked : { ok: false, issues: forService(serviceId, checked.issues) };
}

/** A refused update, on that card's fields. */
export function capacityIssuesFromError(serviceId: string, error: unknown): FormIssue[] {
  return forService(serviceId, issuesFromError(error));
}
