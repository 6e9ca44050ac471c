import type { Appointment, CalendarQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { membershipOrganisationIds } from '../users/user-repository.ts';
import { organisationAppointmentRows, workerAppointmentRows } from './appointment-repository.ts';
import { toAppointment } from './appointment-view.ts';

/**
 * A calendar: appointments starting in [from, to). By default the caller's own (anyone who works
 * referrals); another worker's, or the whole team's (`team=true`), for supervisors, limited to
 * the PCNs where they allocate (`referrals:allocate`).
 */
export async function calendarFor(db: Db, ctx: RequestContext, query: CalendarQuery): Promise<Appointment[]> {
  const actor = requireActor(ctx);
  const from = new Date(query.from);
  const to = new Date(query.to);
  const own = query.team !== 'true' && (query.workerId === undefined || query.workerId === actor.userId);
  const scope = await scopeFor(db, ctx, own ? 'referrals:work' : 'referrals:allocate');
  // Another PCN's worker is not the caller's to look at: 404, as for any record out of scope.
  if (!own && query.workerId !== undefined) {
    const theirs = await membershipOrganisationIds(db, query.workerId);
    if (!theirs.some((id) => scope.organisationIds.includes(id))) throw notFound('Worker');
  }
  const rows =
    own || query.workerId !== undefined
      ? await workerAppointmentRows(db, query.workerId ?? actor.userId, from, to)
      : await organisationAppointmentRows(db, scope.organisationIds, from, to);
  // A worker's appointments in PCNs outside the caller's scope stay out of sight.
  const visible = rows.filter((row) => scope.organisationIds.includes(row.appointment.organisationId));
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'appointment',
    via: scope.via,
    detail: { calendar: own ? 'own' : query.workerId ? 'worker' : 'team', count: visible.length },
  });
  return visible.map(toAppointment);
}
