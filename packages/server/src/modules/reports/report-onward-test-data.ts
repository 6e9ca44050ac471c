import type { Db } from '../../db/client.ts';
import {
  directoryOrganisations,
  directoryServices,
  onwardReferralEvents,
  onwardReferrals,
  unmetNeeds,
} from '../../db/schema/index.ts';
import { createTestTerm } from '../directory/directory-test-data.ts';
import {
  afterDays,
  ONWARD_REFERRALS,
  PROVIDERS,
  type ProviderKey,
  SERVICES,
  type ServiceKey,
  UNMET_NEEDS,
  type WorkerKey,
} from './report-spec-test-data.ts';

/**
 * The fixture's directory (providers and services), its onward referrals with their events, and
 * the needs nothing could meet.
 */
export async function insertFixtureOnward(
  db: Db,
  fixture: {
    suffix: string;
    pcnId: string;
    acornVcseId: string;
    cedarVcseId: string;
    workers: Record<WorkerKey, { id: string }>;
    referralIds: Record<string, string>;
    personIds: Record<string, string>;
  },
): Promise<void> {
  const kithOrganisation: Record<ProviderKey, string | null> = {
    acorn: fixture.acornVcseId,
    bramble: null,
    cedar: fixture.cedarVcseId,
  };
  const providerIds = {} as Record<ProviderKey, string>;
  for (const key of Object.keys(PROVIDERS) as ProviderKey[]) {
    const [row] = await db
      .insert(directoryOrganisations)
      .values({ name: `${PROVIDERS[key]} ${fixture.suffix}`, kithOrganisationId: kithOrganisation[key] })
      .returning({ id: directoryOrganisations.id });
    if (!row) throw new Error('insert returned no directory organisation');
    providerIds[key] = row.id;
  }
  const serviceIds = {} as Record<ServiceKey, string>;
  for (const service of SERVICES) {
    const [row] = await db
      .insert(directoryServices)
      .values({
        organizationId: providerIds[service.provider],
        name: `${service.name} ${fixture.suffix}`,
        referralRoute: 'kith_referral',
        capacityStatus: service.capacity,
        typicalWaitDays: service.typicalWaitDays,
        archivedAt: service.archived ? new Date('2025-01-01T00:00:00Z') : null,
        fundedUntil: service.key === 'epsilon' ? new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) : null,
      })
      .returning({ id: directoryServices.id });
    if (!row) throw new Error('insert returned no directory service');
    serviceIds[service.key] = row.id;
  }

  const terms = { benefits: await createTestTerm(db), transport: await createTestTerm(db) };
  await db.insert(unmetNeeds).values(
    UNMET_NEEDS.map(([need, area, reason, at]) => ({
      organisationId: fixture.pcnId,
      needTermId: terms[need],
      area,
      reason,
      recordedBy: fixture.workers.ash.id,
      recordedAt: new Date(at),
    })),
  );

  for (const spec of ONWARD_REFERRALS) {
    const service = SERVICES.find((s) => s.key === spec.service);
    if (!service) throw new Error(`no service ${spec.service}`);
    const requestedBy = fixture.workers[spec.worker].id;
    const createdAt = new Date(spec.createdAt);
    const [row] = await db
      .insert(onwardReferrals)
      .values({
        organisationId: fixture.pcnId,
        personId: fixture.personIds[spec.referral] as string,
        referralId: fixture.referralIds[spec.referral] as string,
        serviceId: serviceIds[spec.service],
        providerOrganizationId: providerIds[service.provider],
        status: spec.status,
        statusReason: spec.status === 'rejected' || spec.status === 'cancelled' || spec.status === 'failed' ? 'Fixture' : null,
        sharedFields: ['name'],
        shared: { name: 'Fixture person' },
        consentRecordedBy: requestedBy,
        consentRecordedAt: createdAt,
        requestedBy,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: onwardReferrals.id });
    if (!row) throw new Error('insert returned no onward referral');
    const events: [typeof spec.status, number][] = [['requested', 0], ...spec.events];
    let from: typeof spec.status | null = null;
    for (const [to, offset] of events) {
      await db.insert(onwardReferralEvents).values({
        onwardReferralId: row.id,
        fromStatus: from,
        toStatus: to,
        side: to === 'requested' ? 'requester' : 'provider',
        actorUserId: requestedBy,
        at: afterDays(spec.createdAt, offset),
      });
      from = to;
    }
  }
}
