import type { CreatePostRequest } from '@kith/shared';
import { inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { createPost } from '../workforce/post-service.ts';

type DemoPost = Omit<
  CreatePostRequest,
  'pcnId' | 'employerId' | 'holderUserId' | 'lineManagerUserId' | 'clinicalSupervisorUserId'
> & {
  employer: 'practice' | 'vcse';
  holderEmail?: string;
};

/**
 * The demo PCN's link worker posts, so the funding planner shows real numbers for 2025/26: a
 * Band 5 link worker stepping up a point in September 2025, a part-time Band 4 starting mid-year,
 * a Band 6 senior link worker (claim limited to the link worker maximum) and a VCSE-subcontracted
 * link worker with management costs. All names are invented.
 */
const DEMO_POSTS: DemoPost[] = [
  {
    title: 'Social prescribing link worker',
    role: 'link_worker',
    employmentModel: 'pcn_lead_practice',
    employer: 'practice',
    holderEmail: 'linkworker@kith.example',
    holderName: null,
    band: '5',
    startingPayPoint: 1,
    spotSalary: null,
    wte: 1,
    startDate: '2023-09-01',
    endDate: null,
    contractType: 'permanent',
    fundingSource: 'arrs',
    managementCostPerWte: null,
  },
  {
    title: 'Social prescribing link worker (part time)',
    role: 'link_worker',
    employmentModel: 'pcn_lead_practice',
    employer: 'practice',
    holderName: 'Jordan Price (demo)',
    band: '4',
    startingPayPoint: 1,
    spotSalary: null,
    wte: 0.6,
    startDate: '2025-10-01',
    endDate: '2027-09-30',
    contractType: 'fixed_term',
    fundingSource: 'arrs',
    managementCostPerWte: null,
  },
  {
    title: 'Senior social prescribing link worker',
    role: 'senior_link_worker',
    employmentModel: 'pcn_lead_practice',
    employer: 'practice',
    holderEmail: 'supervisor@kith.example',
    holderName: null,
    band: '6',
    startingPayPoint: 1,
    spotSalary: null,
    wte: 1,
    startDate: '2023-10-01',
    endDate: null,
    contractType: 'permanent',
    fundingSource: 'arrs',
    managementCostPerWte: null,
  },
  {
    title: 'Community link worker (VCSE subcontract)',
    role: 'link_worker',
    employmentModel: 'vcse_subcontract',
    employer: 'vcse',
    holderName: 'Morgan Lee (demo)',
    band: '4',
    startingPayPoint: 2,
    spotSalary: null,
    wte: 1,
    startDate: '2024-06-01',
    endDate: null,
    contractType: 'permanent',
    fundingSource: 'arrs',
    managementCostPerWte: 2400,
  },
];

/** Adds the demo posts as the demo PCN manager, so they are checked and audited like any other. */
export async function loadDemoWorkforce(db: Db, orgs: { pcn: string; practice: string; vcse: string }): Promise<void> {
  const ctx = await contextForUser(db, 'pcnmanager@kith.example');
  const emails = ['linkworker@kith.example', 'supervisor@kith.example', 'pcnmanager@kith.example', 'referrer@kith.example'];
  const ids = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))).map((u) => [
      u.email,
      u.id,
    ]),
  );
  for (const { employer, holderEmail, ...post } of DEMO_POSTS) {
    await createPost(db, ctx, {
      ...post,
      pcnId: orgs.pcn,
      employerId: orgs[employer],
      holderUserId: holderEmail ? (ids.get(holderEmail) ?? null) : null,
      lineManagerUserId: ids.get('pcnmanager@kith.example') ?? null,
      clinicalSupervisorUserId: ids.get('referrer@kith.example') ?? null,
    });
  }
}
