import type { UnmetNeed } from '@kith/shared';
import type { UnmetNeedRow } from './unmet-need-repository.ts';

/** An unmet need as the API shows it, with the need's and the recorder's names. */
export function toUnmetNeed({ need, needName, recordedByName }: UnmetNeedRow): UnmetNeed {
  return {
    id: need.id,
    organisationId: need.organisationId,
    personId: need.personId,
    needTermId: need.needTermId,
    needName,
    area: need.area,
    reason: need.reason,
    note: need.note,
    recordedByName,
    recordedAt: need.recordedAt.toISOString(),
  };
}
