import path from 'node:path';
import { type ServiceInput, ServiceInput as ServiceInputSchema } from '@kith/shared';
import { eq, inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { directoryServices, directoryTaxonomyTerms } from '../../db/schema/index.ts';
import { createOrganisation } from '../directory/directory-organisation-service.ts';
import { createService } from '../directory/directory-service.ts';
import { importPostcodeCsv } from '../postcodes/postcode-import.ts';

/** The invented "BW" postcode area the demo people and services live in. */
export const DEMO_POSTCODE_FILE = path.resolve(import.meta.dirname, '../../../fixtures/postcodes-demo.csv');

type DemoService = Omit<Partial<ServiceInput>, 'termIds' | 'organisationId'> & {
  name: string;
  needs: string[];
  provider: 'connectors' | 'cvs';
  /** Months since last verified, to show a stale service in the demo. */
  verifiedMonthsAgo?: number;
};

/**
 * Synthetic services across the demo area: every capacity, route and funding state appears once or
 * more. Phone numbers are in Ofcom's drama range (01632 960xxx) and emails on example.org.
 */
const DEMO_SERVICES: DemoService[] = [
  {
    name: 'Riverside Walking Group (demo)',
    description: 'Friendly, gentle walks of about an hour along the river, with a cuppa afterwards. All paces welcome.',
    provider: 'connectors',
    needs: ['physical_inactivity', 'loneliness'],
    email: 'walks@connectors.example.org',
    contacts: [{ name: 'Walk leader', phone: '01632 960 123' }],
    referralRoute: 'kith_referral',
    capacityStatus: 'open',
    typicalWaitDays: 7,
    fundingStatus: 'funded',
    locations: [
      location({ name: 'Riverside Park gates', postcode: 'BW1 1AA', byday: ['TU', 'TH'], opensAt: '10:00', closesAt: '11:30' }),
    ],
  },
  {
    name: "Harbour Men's Shed (demo)",
    description: 'A workshop where men meet, make and mend things together, and talk side by side.',
    provider: 'connectors',
    needs: ['loneliness', 'community_groups'],
    referralRoute: 'kith_referral',
    capacityStatus: 'limited',
    typicalWaitDays: 14,
    fundingStatus: 'time_limited',
    fundedUntil: '2027-03-31',
    costOptions: [{ option: 'Per session', amount: 2, amountDescription: 'Tea and materials' }],
    locations: [
      location({ name: 'Harbour Road workshop', postcode: 'BW2 3CD', byday: ['WE', 'FR'], opensAt: '09:30', closesAt: '15:00' }),
    ],
  },
  {
    name: 'Brightwater Befriending Calls (demo)',
    description: 'A trained volunteer phones or visits once a week for a chat.',
    provider: 'connectors',
    needs: ['befriending', 'loneliness'],
    contacts: [{ name: 'Befriending coordinator', phone: '01632 960 456', email: 'befriending@connectors.example.org' }],
    referralRoute: 'kith_referral',
    capacityStatus: 'waiting_list',
    typicalWaitDays: 42,
    fundingStatus: 'funded',
    locations: [
      location({
        name: 'Connectors office',
        postcode: 'BW1 2AB',
        byday: ['MO', 'TU', 'WE', 'TH', 'FR'],
        opensAt: '09:00',
        closesAt: '17:00',
      }),
    ],
  },
  {
    name: 'Money Matters Advice Drop-in (demo)',
    description: 'Free, confidential advice on benefits, grants and debt. No appointment needed.',
    provider: 'cvs',
    needs: ['money_benefits', 'debt'],
    email: 'advice@cvs.example.org',
    contacts: [{ name: 'Reception', phone: '01632 960 789' }],
    referralRoute: 'signpost',
    capacityStatus: 'open',
    fundingStatus: 'at_risk',
    fundedUntil: '2027-01-31',
    locations: [
      location({ name: 'Brightwater Library', postcode: 'BW1 1AB', byday: ['MO'], opensAt: '13:00', closesAt: '16:00' }),
    ],
  },
  {
    name: 'Willow Community Garden (demo)',
    description: 'Grow vegetables and flowers with neighbours. Tools and gloves provided; no experience needed.',
    provider: 'cvs',
    needs: ['green_activities', 'low_mood'],
    referralRoute: 'self_referral',
    capacityStatus: 'open',
    fundingStatus: 'unfunded',
    locations: [
      location({ name: 'Willow Lane allotments', postcode: 'BW4 1EF', byday: ['SA'], opensAt: '10:00', closesAt: '13:00' }),
    ],
  },
  {
    name: 'Sing for Wellbeing Choir (demo)',
    description: 'A relaxed community choir. No auditions and no need to read music.',
    provider: 'connectors',
    needs: ['arts_creativity', 'low_mood'],
    referralRoute: 'kith_referral',
    capacityStatus: 'open',
    typicalWaitDays: 0,
    fundingStatus: 'funded',
    verifiedMonthsAgo: 8,
    locations: [
      location({ name: 'St Anne’s church hall', postcode: 'BW5 2CD', byday: ['WE'], opensAt: '18:30', closesAt: '20:00' }),
    ],
  },
  {
    name: 'Carers Café (demo)',
    description: 'A monthly get-together for unpaid carers, with advice stalls and a break.',
    provider: 'connectors',
    needs: ['carer_support'],
    referralRoute: 'kith_referral',
    capacityStatus: 'closed',
    fundingStatus: 'funded',
    locations: [
      location({ name: 'Harbour community centre', postcode: 'BW3 1AA', byday: ['TH'], opensAt: '10:00', closesAt: '12:00' }),
    ],
  },
  {
    name: 'Get Online Brightwater (demo)',
    description: 'One-to-one help using a phone, tablet or computer, and free data for those who need it.',
    provider: 'cvs',
    needs: ['digital_inclusion'],
    referralRoute: 'self_referral',
    capacityStatus: 'open',
    fundingStatus: 'funded',
    locations: [
      location({ name: 'Brightwater Library', postcode: 'BW1 3BD', byday: ['TU'], opensAt: '14:00', closesAt: '16:00' }),
    ],
  },
];

/** A place in Brightwater open every week on `byday`, from `opensAt` to `closesAt`. */
interface WeeklyPlace {
  name: string;
  postcode: string;
  byday: ServiceInput['locations'][number]['schedules'][number]['byday'];
  opensAt: string;
  closesAt: string;
}

function location({ name, postcode, byday, opensAt, closesAt }: WeeklyPlace) {
  return {
    name,
    postcode,
    locationType: 'physical' as const,
    city: 'Brightwater',
    schedules: [{ freq: 'WEEKLY' as const, interval: 1, byday, opensAt, closesAt }],
  };
}

/**
 * Loads the demo postcodes, two directory organisations (one linked to the demo VCSE
 * organisation, so its provider user curates and answers referrals) and their services. Runs as
 * the demo admin through the same use cases as the screens, so the demo is audited like real use.
 */
export async function loadDemoDirectory(db: Db, vcseOrganisationId: string, adminEmail: string): Promise<void> {
  await importPostcodeCsv(db, DEMO_POSTCODE_FILE);
  const ctx = await contextForUser(db, adminEmail);
  const connectors = await createOrganisation(db, ctx, {
    name: 'Brightwater Community Connectors (demo)',
    description: 'A community charity running groups, befriending and a men’s shed across Brightwater.',
    website: 'https://connectors.example.org',
    kithOrganisationId: vcseOrganisationId,
  });
  const cvs = await createOrganisation(db, ctx, {
    name: 'Brightwater Council for Voluntary Service (demo)',
    description: 'Supports local voluntary groups and runs advice and digital inclusion sessions.',
    kithOrganisationId: null,
  });
  const terms = await db
    .select({ id: directoryTaxonomyTerms.id, code: directoryTaxonomyTerms.code })
    .from(directoryTaxonomyTerms)
    .where(inArray(directoryTaxonomyTerms.code, [...new Set(DEMO_SERVICES.flatMap((s) => s.needs))]));
  const termId = new Map(terms.map((t) => [t.code, t.id]));
  for (const { needs, provider, verifiedMonthsAgo, ...fields } of DEMO_SERVICES) {
    const input = ServiceInputSchema.parse({
      ...fields,
      organisationId: provider === 'connectors' ? connectors.id : cvs.id,
      termIds: needs.map((code) => termId.get(code)),
    });
    const service = await createService(db, ctx, input, { staleAfterMonths: 6 });
    if (verifiedMonthsAgo) {
      // Backdated so the demo shows a stale service; there is rightly no API to backdate.
      const at = new Date();
      at.setUTCMonth(at.getUTCMonth() - verifiedMonthsAgo);
      await db.update(directoryServices).set({ lastVerifiedAt: at }).where(eq(directoryServices.id, service.id));
    }
  }
}
