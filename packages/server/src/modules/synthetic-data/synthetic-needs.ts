import type { Query } from './bulk-sql.ts';
import { ACTIVITIES, REASON_WEIGHTS } from './synthetic-vocabulary.ts';

/**
 * How generated records name needs: referral reasons (migration 0003) and the seeded needs
 * taxonomy (migration 0007), looked up by code at run time because admins may edit the taxonomy.
 * A reason is also a "need group": onward referrals for it go to services meeting it.
 */

/** Needs that are not themselves referral reasons, and the reason whose services meet them. */
const REASON_OF_NEED: Record<string, string> = {
  befriending: 'loneliness',
  community_groups: 'loneliness',
  peer_support: 'low_mood',
  arts_creativity: 'low_mood',
  food: 'money_benefits',
  adult_learning: 'employment_volunteering',
  green_activities: 'physical_inactivity',
  transport: 'ltc_self_management',
  legal_advice: 'housing',
};

export interface NeedVocabulary {
  reasonCodes: string[];
  /** Reason indexes (1-based) repeated by how often each is given: a uniform pick is a weighted one. */
  reasonSlots: number[];
  /** The need term of each reason ('' when the taxonomy has none). */
  reasonTermIds: string[];
  /** The need term of each directory activity ('' when the taxonomy has none). */
  activityTermIds: string[];
  /** The reason group (1-based index into reasonCodes) each activity's services serve. */
  activityGroups: number[];
  childTermIds: string[];
}

export async function loadNeedVocabulary(query: Query): Promise<NeedVocabulary> {
  const terms = await query<{ id: string; code: string }>(
    'SELECT id, code FROM dir_taxonomy_terms WHERE parent_id IS NOT NULL AND code IS NOT NULL ORDER BY code, id',
  );
  const termOf = new Map(terms.map((term) => [term.code, term.id]));
  const reasonCodes = REASON_WEIGHTS.map(([code]) => code);
  return {
    reasonCodes,
    reasonSlots: REASON_WEIGHTS.flatMap(([, weight], index) => Array.from({ length: weight }, () => index + 1)),
    reasonTermIds: reasonCodes.map((code) => termOf.get(code) ?? ''),
    activityTermIds: ACTIVITIES.map((activity) => termOf.get(activity.need) ?? ''),
    activityGroups: ACTIVITIES.map((activity) => reasonCodes.indexOf(REASON_OF_NEED[activity.need] ?? activity.need) + 1),
    childTermIds: terms.map((term) => term.id),
  };
}
