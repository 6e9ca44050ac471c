import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, users, vcsePcnLinks, workforcePosts } from '../../db/schema/index.ts';
import type { SyntheticSeed } from './synthetic-random.ts';
import type { PlannedUser, SyntheticStructure } from './synthetic-structure.ts';

const DAY_MS = 86_400_000;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** What {@link writeStructure} writes, and from which seed, as of `anchor` (the data set's "now"). */
export interface StructurePlan {
  structure: SyntheticStructure;
  seed: SyntheticSeed;
  anchor: Date;
  passwordHash: string | null;
}

/**
 * Writes the planned organisations, staff and posts. Every generated user gets `passwordHash`
 * (the demo password), so a data set can be explored by signing in as its commissioner, a PCN
 * manager, a supervisor or a link worker; `kith generate` refuses to run in production.
 */
export async function writeStructure(tx: DbOrTx, plan: StructurePlan): Promise<void> {
  const { structure, seed, anchor, passwordHash } = plan;
  const { icb, pcns, vcse } = structure;
  // Set here rather than by the database, so the same seed gives the same rows.
  const createdAt = new Date(anchor.getTime() - 1_200 * DAY_MS);
  const orgRows: (typeof organisations.$inferInsert)[] = [];
  if (!icb.existing) orgRows.push({ id: icb.id, name: icb.name, kind: 'icb', odsCode: icb.odsCode, parentId: null });
  for (const pcn of pcns) {
    orgRows.push({ id: pcn.id, name: pcn.name, kind: 'pcn', odsCode: pcn.odsCode, parentId: icb.id });
    for (const practice of pcn.practices) {
      orgRows.push({ id: practice.id, name: practice.name, kind: 'gp_practice', odsCode: practice.odsCode, parentId: pcn.id });
    }
  }
  for (const org of vcse) orgRows.push({ id: org.id, name: org.name, kind: 'vcse', odsCode: null, parentId: icb.id });
  await tx.insert(organisations).values(orgRows.map((row) => ({ ...row, createdAt, updatedAt: createdAt })));

  // Each VCSE organisation serves up to ten PCNs, spread round the ICB.
  const links = vcse.flatMap((org, v) =>
    pcns
      .filter((_, p) => pcns.length <= 10 || (p + v) % Math.ceil(pcns.length / 10) === 0)
      .map((pcn) => ({ vcseId: org.id, pcnId: pcn.id })),
  );
  if (links.length > 0) await tx.insert(vcsePcnLinks).values(links);

  const staff: { user: PlannedUser; organisationId: string }[] = pcns.flatMap((pcn) =>
    [pcn.manager, ...pcn.supervisors, ...pcn.linkWorkers].map((user) => ({ user, organisationId: pcn.id })),
  );
  if (structure.commissioner) staff.unshift({ user: structure.commissioner, organisationId: icb.id });
  await tx.insert(users).values(
    staff.map(({ user }) => ({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      passwordHash,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  await tx.insert(memberships).values(
    staff.map(({ user, organisationId }) => ({
      id: seed.uuidOf(`membership:${user.id}`),
      userId: user.id,
      organisationId,
      role: user.role,
      createdAt,
    })),
  );

  const posts: (typeof workforcePosts.$inferInsert)[] = pcns.flatMap((pcn) => {
    const leadPractice = pcn.practices[0];
    if (!leadPractice) throw new Error(`${pcn.name} has no practices`);
    return [...pcn.linkWorkers, ...pcn.supervisors].map((holder) => {
      const label = `post:${holder.id}`;
      const senior = holder.role === 'supervisor';
      const subcontracted = !senior && vcse.length > 0 && seed.fractionOf(`${label}:vcse`) < 0.2;
      const fixedTerm = seed.fractionOf(`${label}:contract`) < 0.2;
      const employer = subcontracted ? seed.pickOf(`${label}:employer`, vcse) : leadPractice;
      return {
        id: seed.uuidOf(label),
        pcnId: pcn.id,
        title: senior ? 'Senior social prescribing link worker' : 'Social prescribing link worker',
        role: senior ? 'senior_link_worker' : 'link_worker',
        employmentModel: subcontracted ? 'vcse_subcontract' : 'pcn_lead_practice',
        employerId: employer.id,
        holderUserId: holder.id,
        band: senior ? '6' : seed.fractionOf(`${label}:band`) < 0.4 ? '4' : '5',
        startingPayPoint: 1,
        wte: holder.wte,
        startDate: isoDate(anchor.getTime() - Math.round(120 + seed.fractionOf(`${label}:start`) * 1300) * DAY_MS),
        endDate: fixedTerm ? isoDate(anchor.getTime() + Math.round(90 + seed.fractionOf(`${label}:end`) * 600) * DAY_MS) : null,
        contractType: fixedTerm ? 'fixed_term' : 'permanent',
        fundingSource: 'arrs',
        managementCostPerWte: subcontracted ? 2400 : null,
        lineManagerUserId: pcn.manager.id,
        createdAt,
        updatedAt: createdAt,
      } satisfies typeof workforcePosts.$inferInsert;
    });
  });
  await tx.insert(workforcePosts).values(posts);
}
