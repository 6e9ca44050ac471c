import type { CapacityStatus, ReferralRoute } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { directoryOrganisations, directoryServices } from '../../db/schema/index.ts';

/**
 * Test data for onward referrals, written straight to the directory tables so these tests do
 * not depend on the directory's curation API: a directory organisation linked to a Kith VCSE
 * organisation (whose provider users answer its referrals) and one service of it.
 */
export interface TestOnwardService {
  serviceId: string;
  serviceName: string;
  directoryOrganisationId: string;
  providerName: string;
}

export async function createTestOnwardService(
  db: Db,
  options: {
    /** The Kith VCSE organisation whose provider users curate the service; null for none. */
    kithOrganisationId: string | null;
    referralRoute?: ReferralRoute;
    capacityStatus?: CapacityStatus;
    archived?: boolean;
    /** Reuse a directory organisation instead of creating one. */
    directoryOrganisationId?: string;
  },
): Promise<TestOnwardService> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const [organisation] = options.directoryOrganisationId
    ? await db
        .select({ id: directoryOrganisations.id, name: directoryOrganisations.name })
        .from(directoryOrganisations)
        .where(eq(directoryOrganisations.id, options.directoryOrganisationId))
    : await db
        .insert(directoryOrganisations)
        .values({ name: `Test provider ${suffix}`, kithOrganisationId: options.kithOrganisationId })
        .returning({ id: directoryOrganisations.id, name: directoryOrganisations.name });
  if (!organisation) throw new Error('no directory organisation');
  const directoryOrganisationId = organisation.id;
  const providerName = organisation.name;
  const [service] = await db
    .insert(directoryServices)
    .values({
      organizationId: directoryOrganisationId,
      name: `Walking group ${suffix}`,
      description: 'Gentle weekly walks with a cup of tea afterwards',
      referralRoute: options.referralRoute ?? 'kith_referral',
      capacityStatus: options.capacityStatus ?? 'open',
      archivedAt: options.archived ? new Date() : null,
    })
    .returning({ id: directoryServices.id, name: directoryServices.name });
  if (!service) throw new Error('insert returned no directory service');
  return { serviceId: service.id, serviceName: service.name, directoryOrganisationId, providerName };
}
