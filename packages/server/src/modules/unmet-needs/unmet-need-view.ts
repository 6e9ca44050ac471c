import { type TimelineEntry, UNMET_NEED_REASON_LABELS, type UnmetNeed } from '@kith/shared';
import type { UnmetNeedRow, UnmetNeedTimelineRow } from './unmet-need-repository.ts';

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

/** A recorded unmet need as an entry of the person timeline (`key` orders equal instants). */
export function toUnmetNeedTimelineEntry({ need, needName }: UnmetNeedTimelineRow): TimelineEntry & { key: string } {
  return {
    at: need.recordedAt.toISOString(),
    kind: 'unmet_need',
    key: need.id,
    title: `Unmet need: ${needName} (${UNMET_NEED_REASON_LABELS[need.reason].toLowerCase()})`,
    detail: [`Area: ${need.area}`, need.note].filter(Boolean).join('\n'),
    referralId: null,
    link: null,
  };
}
