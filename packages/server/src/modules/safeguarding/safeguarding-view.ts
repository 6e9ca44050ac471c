import { allowedSafeguardingTransitions, type InboxItem, type SafeguardingConcern } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import {
  type ConcernEventRow,
  type ConcernNames,
  type ConcernRow,
  findConcernEvents,
  findConcernNames,
  type InboxRow,
} from './safeguarding-repository.ts';

/** Full views of concerns: person and raiser names, history with actor names, next states. */
export async function toConcernViews(db: DbOrTx, rows: ConcernRow[]): Promise<SafeguardingConcern[]> {
  if (rows.length === 0) return [];
  const names = await findConcernNames(db, rows);
  const events = await findConcernEvents(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...toSummary(row, names),
    events: events.filter((e) => e.concernId === row.id).map(toEventView),
  }));
}

/** The inbox's concerns with when the reader was notified and whether they have opened it. */
export async function toInboxItems(db: DbOrTx, rows: InboxRow[]): Promise<InboxItem[]> {
  const names = await findConcernNames(
    db,
    rows.map((r) => r.concern),
  );
  return rows.map((r) => ({
    ...toSummary(r.concern, names),
    notifiedAt: r.notifiedAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
}

function toEventView(e: ConcernEventRow): SafeguardingConcern['events'][number] {
  return { from: e.from, to: e.to, note: e.note, actorName: e.actorName, at: e.at.toISOString() };
}

function toSummary(row: ConcernRow, names: ConcernNames): Omit<SafeguardingConcern, 'events'> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    personId: row.personId,
    personName: names.people.get(row.personId) ?? '',
    referralId: row.referralId,
    category: row.category,
    description: row.description,
    immediateRisk: row.immediateRisk,
    status: row.status,
    outcome: row.outcome,
    raisedByName: row.raisedBy ? (names.users.get(row.raisedBy) ?? null) : null,
    raisedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedTransitions: [...allowedSafeguardingTransitions(row.status)],
  };
}
