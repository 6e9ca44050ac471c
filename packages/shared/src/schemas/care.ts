import { z } from 'zod';
import { INSTRUMENTS, TIMEPOINTS } from '../rules/outcome-scoring.ts';
import { CLOSED_STATUSES } from '../rules/referral-states.ts';
import { Id } from './common.ts';
import { SNOMED_CODE_USES } from './gp-record.ts';
import { IsoDate } from './person.ts';

/** A goal in the person's own words. */
export const Goal = z.object({
  id: z.string().min(1).max(60),
  text: z.string().trim().min(1, { message: 'Write the goal' }).max(2000),
});
export type Goal = z.infer<typeof Goal>;
/** An action towards the goals. */
export const PlanAction = z.object({
  id: z.string().min(1).max(60),
  text: z.string().trim().min(1, { message: 'Describe the action' }).max(2000),
  owner: z.string().trim().min(1, { message: 'Say who will do it' }).max(200),
  dueDate: IsoDate.nullable(),
  done: z.boolean().default(false),
});
export type PlanAction = z.infer<typeof PlanAction>;

/** `PUT /api/referrals/:id/care-plan`: the whole plan plus the version it was based on. */
export const SaveCarePlanRequest = z.object({
  /** The version the editor started from; 0 for a new plan. */
  baseVersion: z.number().int().min(0),
  whatMatters: z.string().trim().max(8000),
  goals: z.array(Goal).max(30),
  actions: z.array(PlanAction).max(60),
  reviewDate: IsoDate.nullable(),
});
export type SaveCarePlanRequest = z.infer<typeof SaveCarePlanRequest>;

export const CarePlan = SaveCarePlanRequest.omit({ baseVersion: true }).extend({
  referralId: Id,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type CarePlan = z.infer<typeof CarePlan>;

/** `POST /api/referrals/:id/outcome-measures`. */
export const RecordMeasureRequest = z.object({
  instrument: z.enum(INSTRUMENTS),
  timepoint: z.enum(TIMEPOINTS),
  items: z.array(z.number()).min(1).max(14),
  /** When it was taken, if not now (backdated): not in the future, not before the referral. */
  recordedAt: z.iso.datetime({ offset: true }).optional(),
});
export type RecordMeasureRequest = z.infer<typeof RecordMeasureRequest>;
export const OutcomeMeasure = z.object({
  id: Id,
  instrument: z.enum(INSTRUMENTS),
  timepoint: z.enum(TIMEPOINTS),
  items: z.array(z.number()),
  rawTotal: z.number().nullable(),
  metricScore: z.number().nullable(),
  recordedAt: z.string(),
});
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>;
export const MeasureChange = z.object({
  instrument: z.enum(INSTRUMENTS),
  figure: z.string(),
  baseline: z.number(),
  latest: z.number(),
  change: z.number(),
  improvement: z.number(),
});
export type MeasureChange = z.infer<typeof MeasureChange>;
export const OutcomeSummary = z.object({ measures: z.array(OutcomeMeasure), changes: z.array(MeasureChange) });
export type OutcomeSummary = z.infer<typeof OutcomeSummary>;

/** How an episode ended when the person was discharged; `referred_elsewhere`: passed to another service. */
export const DISCHARGE_OUTCOMES = [
  'goals_met',
  'partly_met',
  'not_met',
  'disengaged',
  'moved_away',
  'referred_elsewhere',
  'other',
] as const;
export type DischargeOutcome = (typeof DISCHARGE_OUTCOMES)[number];

/** The discharge outcomes in words, as the screens and the letters say them. */
export const DISCHARGE_OUTCOME_LABELS: Record<DischargeOutcome, string> = {
  goals_met: 'Goals met',
  partly_met: 'Goals partly met',
  not_met: 'Goals not met',
  disengaged: 'Stopped taking part',
  moved_away: 'Moved away',
  referred_elsewhere: 'Referred to another service',
  other: 'Other',
};

/** The label of a discharge outcome, or the code itself if this version of Kith does not know it. */
export function dischargeOutcomeLabel(outcome: string): string {
  const known = Object.entries(DISCHARGE_OUTCOME_LABELS).find(([code]) => code === outcome);
  return known ? known[1] : outcome;
}

/** `POST /api/referrals/:id/discharge`. */
export const DischargeRequest = z.object({
  outcome: z.enum(DISCHARGE_OUTCOMES, { message: 'Choose the outcome' }),
  reason: z.string().trim().min(1, { message: 'Say why the person is being discharged' }).max(4000),
  summary: z.string().trim().max(8000).default(''),
});
export type DischargeRequest = z.infer<typeof DischargeRequest>;

/**
 * The message back to the GP / referrer, produced for every ending of a referral (discharged,
 * declined, not reached, withdrawn, closed in error): what happened (`ending`, `whatHappened`),
 * when (`endedAt`), why (`reason`), and the SNOMED CT codes to enter in the GP record.
 */
export const MessageBack = z.object({
  referralId: Id,
  /** Who the letter is between: the referrer's organisation (usually the GP practice) and the PCN's link worker. */
  letter: z.object({
    /** The organisation that referred (the GP practice); null for a self-referral. */
    toOrganisation: z.string().nullable(),
    referrerName: z.string().nullable(),
    personDateOfBirth: z.string().nullable(),
    linkWorkerName: z.string().nullable(),
    pcnName: z.string(),
  }),
  personName: z.string(),
  nhsNumber: z.string().nullable(),
  /** The status the referral ended in. */
  ending: z.enum(CLOSED_STATUSES),
  /** One plain-English sentence saying what happened. */
  whatHappened: z.string(),
  /** The discharge outcome (see DISCHARGE_OUTCOMES) when discharged; otherwise the ending itself. */
  outcome: z.string(),
  reason: z.string(),
  summary: z.string(),
  measureChanges: z.array(MeasureChange),
  servicesConnected: z.array(z.string()),
  /**
   * The codes for the GP record. Only `verified` codes are written into the GP document; an
   * unverified one is shown to people as "not verified, not sent" until an admin confirms it.
   */
  snomedCodes: z.array(z.object({ code: z.string(), term: z.string(), verified: z.boolean(), use: z.enum(SNOMED_CODE_USES) })),
  endedAt: z.string(),
  /** Set only when the person was discharged (then equal to `endedAt`). */
  dischargedAt: z.string().nullable(),
});
export type MessageBack = z.infer<typeof MessageBack>;
