import {
  INSERT_KITH_SERVICES,
  insertProvidersSql,
  insertServicePlanSql,
  insertServicesSql,
  insertServiceTermsSql,
} from './directory-sql.ts';
import { batches, type GenerationContext } from './generation-context.ts';
import { KITH_SERVICES_TABLE } from './onward-sql.ts';
import type { SyntheticPreset } from './synthetic-presets.ts';
import { type SyntheticStructure, vcseName } from './synthetic-structure.ts';
import { ACTIVITIES, PLACES } from './synthetic-vocabulary.ts';

const SERVICES_PER_BATCH = 10_000;

/** Providers, services and their need terms; returns how many services take Kith referrals per need group (index group + 1). */
export async function generateDirectory(
  context: GenerationContext,
  preset: SyntheticPreset,
  structure: SyntheticStructure,
): Promise<number[]> {
  const { bulk, seed, needs, anchor: anchorText, advance } = context;
  const providers = Math.max(structure.vcse.length, Math.round(preset.services / 10));
  // The first providers are the VCSE organisations in Kith, under the same names.
  const names = Array.from({ length: providers }, (_, i) => structure.vcse[i]?.name ?? vcseName(seed, i + 1));
  await bulk.query(insertProvidersSql(seed.digest), [anchorText, providers, names, structure.vcse.map((v) => v.id), preset.name]);
  for (const [first, last] of batches(1, preset.services, SERVICES_PER_BATCH)) {
    await bulk.transaction(async (query) => {
      await query(insertServicePlanSql(seed.digest), [anchorText, first, last, providers, needs.activityGroups]);
      await query(insertServicesSql(seed.digest), [
        anchorText,
        first,
        last,
        PLACES,
        ACTIVITIES.map((a) => a.title),
        ACTIVITIES.map((a) => a.blurb),
      ]);
      await query(insertServiceTermsSql(seed.digest), [anchorText, first, last, needs.activityTermIds, needs.childTermIds]);
    });
    advance(last - first + 1);
  }
  await bulk.query(INSERT_KITH_SERVICES);
  const groups = await bulk.query<{ grp: number; n: number }>(
    `SELECT grp, count(*)::int AS n FROM ${KITH_SERVICES_TABLE} GROUP BY grp`,
  );
  return Array.from({ length: needs.reasonCodes.length + 1 }, (_, grp) => groups.find((g) => g.grp === grp)?.n ?? 0);
}
