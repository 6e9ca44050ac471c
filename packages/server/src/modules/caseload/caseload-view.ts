import type { CaseloadItem } from '@kith/shared';
import type { CaseloadRow } from './caseload-repository.ts';

const DAY_MS = 86_400_000;

/**
 * A case with what to do next: the plan's earliest undone action, or else the step the case is
 * waiting for (first contact, writing or reviewing the plan).
 */
export function toCaseloadItem({ r, givenName, familyName, plan }: CaseloadRow, now: Date): CaseloadItem {
  const today = now.toISOString().slice(0, 10);
  const nextAction = plan?.actions
    .filter((a) => !a.done)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  return {
    referralId: r.id,
    personId: r.personId,
    personName: `${givenName} ${familyName}`,
    status: r.status,
    urgency: r.urgency,
    complexity: r.complexity,
    riskFlags: r.riskFlags as CaseloadItem['riskFlags'],
    nextAction:
      nextAction?.text ?? (r.status === 'allocated' ? 'Make first contact' : plan ? 'Review the plan' : 'Write the care plan'),
    nextActionDue: nextAction?.dueDate ?? null,
    daysSinceLastContact: r.lastContactAt ? Math.floor((now.getTime() - r.lastContactAt.getTime()) / DAY_MS) : null,
    reviewDate: plan?.reviewDate ?? null,
    reviewOverdue: plan?.reviewDate ? plan.reviewDate < today : false,
  };
}
