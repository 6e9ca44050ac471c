import {
  SUPERVISION_TYPES,
  type SupervisionOverviewRow,
  type SupervisionSession,
  type SupervisionSessionSummary,
  type SupervisionType,
} from '@kith/shared';
import type { PcnPerson } from './pcn-people-repository.ts';
import type { LastSessionOfType } from './supervision-repository.ts';
import { daysBetween, type SupervisionInterval, supervisionStatus } from './supervision-status.ts';

/** A session with its private notes, which only the two parties get (everyone else gets null). */
export function toSupervisionSession(
  summary: SupervisionSessionSummary,
  privateNotes: string,
  isParty: boolean,
): SupervisionSession {
  return { ...summary, canReadNotes: isParty, privateNotes: isParty ? privateNotes : null };
}

/** One link worker's line of the overview: last session of each type, days since the latest, and whether one is due. */
export function toOverviewRow(
  worker: PcnPerson,
  last: readonly LastSessionOfType[],
  today: string,
  interval: SupervisionInterval,
): SupervisionOverviewRow {
  const lastByType = Object.fromEntries(SUPERVISION_TYPES.map((t) => [t, null])) as Record<SupervisionType, string | null>;
  for (const entry of last.filter((l) => l.superviseeUserId === worker.userId)) lastByType[entry.type] = entry.lastOn;
  const dates = Object.values(lastByType).filter((d): d is string => d !== null);
  const lastSessionOn = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
  const daysSince = lastSessionOn === null ? null : daysBetween(lastSessionOn, today);
  return {
    userId: worker.userId,
    name: worker.name,
    lastByType,
    lastSessionOn,
    daysSince,
    status: supervisionStatus(daysSince, interval),
  };
}
