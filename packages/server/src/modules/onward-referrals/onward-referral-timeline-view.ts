import { TASK_BUSINESS_STATUS_LABELS, TASK_STATUS_LABELS, type TimelineEntry } from '@kith/shared';
import type { OnwardReferralEventRow } from './onward-referral-timeline-repository.ts';

/** One change of an onward referral as an entry of the person timeline (`key` orders equal instants). */
export function toOnwardReferralTimelineEntry({
  event,
  referralId,
  serviceName,
}: OnwardReferralEventRow): TimelineEntry & { key: string } {
  let title: string;
  if (event.fromStatus === null) title = `Onward referral sent to ${serviceName}`;
  else if (event.side === 'system') title = `No reply yet from ${serviceName}`;
  else if (event.fromStatus === event.toStatus && event.businessStatus)
    title = `Onward referral to ${serviceName}: ${TASK_BUSINESS_STATUS_LABELS[event.businessStatus]}`;
  else title = `Onward referral to ${serviceName}: ${TASK_STATUS_LABELS[event.toStatus]}`;
  const detail = [event.reason, event.note].filter(Boolean).join('\n') || null;
  return {
    at: event.at.toISOString(),
    kind: 'onward_referral',
    key: event.id,
    title,
    detail,
    referralId,
    link: `/onward-referrals/${event.onwardReferralId}`,
  };
}

/** Services as the message back names them, "service (provider)", each once, in the order given. */
export function toServiceNames(rows: { service: string; provider: string }[]): string[] {
  return [...new Set(rows.map((r) => `${r.service} (${r.provider})`))];
}
