import {
  type ContactMode,
  contactTitle,
  type Instrument,
  measureTitle,
  REFERRAL_ARRIVAL_TITLES,
  REFERRAL_STATUS_LABELS,
  type ReferralSource,
  type ReferralStatus,
  type TimelineEntry,
  type Timepoint,
} from '@kith/shared';
import type { TimelineRow } from './person-timeline-repository.ts';

/** A timeline entry with the unique key that orders equal instants the same way on every page. */
export type KeyedTimelineEntry = TimelineEntry & { key: string };

/**
 * The timeline's one order, newest first: the instant (to the millisecond, as the API shows it),
 * then kind, then a unique key, compared bytewise. Each source query orders the same way
 * (`COLLATE "C"`), so its first rows are exactly its share of any page.
 */
export function newestFirst(a: KeyedTimelineEntry, b: KeyedTimelineEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

/** A row of the person timeline's own sources as the entry the API shows. */
export function toTimelineEntry(row: TimelineRow): KeyedTimelineEntry {
  const at = new Date(row.at).toISOString();
  const base = { at, kind: row.kind, key: row.key, referralId: row.referral_id };
  switch (row.kind) {
    case 'referral':
      return { ...base, title: REFERRAL_ARRIVAL_TITLES[row.a as ReferralSource] ?? 'Referred', detail: row.b };
    case 'status':
      return { ...base, title: `Status: ${REFERRAL_STATUS_LABELS[row.a as ReferralStatus] ?? row.a}`, detail: row.b };
    case 'contact': {
      const [mode, failed] = (row.a ?? '').split(':');
      return { ...base, title: contactTitle(mode as ContactMode, !failed), detail: row.b };
    }
    case 'measure': {
      const [instrument, timepoint] = (row.a ?? '').split(':');
      return {
        ...base,
        title: measureTitle(instrument as Instrument, timepoint as Timepoint),
        detail: row.b ? `Score ${row.b}` : null,
      };
    }
    default:
      return { ...base, title: `Care plan saved (version ${row.a})`, detail: null };
  }
}
