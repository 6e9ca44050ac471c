import {
  INSERT_CARE_PLANS,
  insertContactsSql,
  insertOutcomeMeasuresSql,
  insertReferralsSql,
  insertTransitionsSql,
} from './episode-sql.ts';
import { batches, type GenerationContext } from './generation-context.ts';
import { insertHealthcareUseSql, insertUnmetNeedsSql } from './impact-sql.ts';
import { INSERT_ONWARD_REFERRALS, insertOnwardEventsSql, insertOnwardPlanSql, ONWARD_PLAN_TABLE } from './onward-sql.ts';
import { insertPeopleSql } from './people-sql.ts';
import { insertPlanSql, PLAN_TABLE } from './referral-plan-sql.ts';
import { swemwbsMetricScores } from './sql-blocks.ts';
import type { SyntheticSeed } from './synthetic-random.ts';
import type { PlannedPcn } from './synthetic-structure.ts';
import {
  ACTIONS,
  AGENCIES,
  CONTACT_NOTES,
  FAMILY_NAMES,
  FEMALE_NAMES,
  GOALS,
  MALE_NAMES,
  STREETS,
  WHAT_MATTERS,
} from './synthetic-vocabulary.ts';

/** Referrals (with everything derived from them) per transaction: small enough for PGlite's memory. */
export const REFERRALS_PER_BATCH = 10_000;

/** One PCN: its people, then its referrals batch by batch with everything derived from them. */
export async function generatePcn(
  context: GenerationContext,
  pcn: PlannedPcn,
  nhsNumberBlock: number,
  kithServicesPerGroup: number[],
): Promise<void> {
  const { bulk, seed, needs, anchor: anchorText, advance } = context;
  const supervisor = pcn.supervisors[0]?.id ?? pcn.manager.id;
  await bulk.transaction((query) =>
    query(insertPeopleSql(seed.digest), [
      anchorText,
      pcn.people.first,
      pcn.people.first + pcn.people.count - 1,
      pcn.id,
      pcn.practices.map((p) => p.id),
      FEMALE_NAMES,
      MALE_NAMES,
      FAMILY_NAMES,
      STREETS,
      pcn.town,
      nhsNumberBlock,
      pcn.index,
    ]),
  );
  advance(pcn.people.count);
  const statements = episodeStatements(seed);
  for (const [first, last] of batches(pcn.referrals.first, pcn.referrals.count, REFERRALS_PER_BATCH)) {
    await bulk.transaction(async (query) => {
      const range = [anchorText, first, last];
      await query(`TRUNCATE ${PLAN_TABLE}, ${ONWARD_PLAN_TABLE}`);
      await query(statements.plan, [
        ...range,
        pcn.referrals.first,
        pcn.people.first,
        pcn.people.count,
        pcn.workerSlots,
        needs.reasonSlots,
      ]);
      await query(statements.referrals, [...range, pcn.id, supervisor, needs.reasonCodes, FAMILY_NAMES, AGENCIES]);
      await query(statements.transitions, [...range, supervisor]);
      await query(statements.contacts, [...range, CONTACT_NOTES]);
      await query(INSERT_CARE_PLANS, [...range, WHAT_MATTERS, GOALS, ACTIONS]);
      await query(statements.measures, [...range, swemwbsMetricScores()]);
      await query(statements.onwardPlan, [...range, kithServicesPerGroup, needs.reasonCodes.length]);
      await query(INSERT_ONWARD_REFERRALS, [anchorText, pcn.id]);
      await query(statements.onwardEvents, [anchorText]);
      await query(statements.healthcareUse, range);
      await query(statements.unmetNeeds, [...range, pcn.id, pcn.areas, needs.reasonTermIds, needs.childTermIds]);
    });
    advance(last - first + 1);
  }
}

function episodeStatements(seed: SyntheticSeed) {
  return {
    plan: insertPlanSql(seed.digest),
    referrals: insertReferralsSql(seed.digest),
    transitions: insertTransitionsSql(seed.digest),
    contacts: insertContactsSql(seed.digest),
    measures: insertOutcomeMeasuresSql(seed.digest),
    onwardPlan: insertOnwardPlanSql(seed.digest),
    onwardEvents: insertOnwardEventsSql(seed.digest),
    healthcareUse: insertHealthcareUseSql(seed.digest),
    unmetNeeds: insertUnmetNeedsSql(seed.digest),
  };
}
