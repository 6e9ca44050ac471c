import { z } from 'zod';
import { COMPLEXITIES, RISK_FLAGS, URGENCIES } from '../rules/person-categories.ts';
import { REFERRAL_STATUSES } from '../rules/referral-states.ts';
import { Id, PageQuery, pageOf } from './common.ts';

/** One open case on a link worker's caseload. */
export const CaseloadItem = z.object({
  referralId: Id,
  personId: Id,
  personName: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  urgency: z.enum(URGENCIES),
  complexity: z.enum(COMPLEXITIES).nullable(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  /** The earliest open care-plan action, or a prompt from the state ("Make first contact"). */
  nextAction: z.string(),
  nextActionDue: z.string().nullable(),
  daysSinceLastContact: z.number().int().nullable(),
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
});
export type CaseloadItem = z.infer<typeof CaseloadItem>;

export const CaseloadQuery = PageQuery.extend({
  sort: z.enum(['name', 'last_contact', 'review', 'urgency']).default('urgency'),
  filter: z.enum(['all', 'overdue_review', 'at_risk', 'no_contact_14_days']).default('all'),
  workerId: Id.optional(),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;
/** A page of the (sorted, filtered) caseload; `activeCount` is every open case, whatever the filter. */
export const Caseload = pageOf(CaseloadItem).extend({ activeCount: z.number().int() });
export type Caseload = z.infer<typeof Caseload>;

/** One entry of a person's timeline, newest first. */
export const TimelineEntry = z.object({
  at: z.string(),
  kind: z.enum([
    'referral',
    'status',
    'contact',
    'measure',
    'care_plan',
    'discharge',
    'onward_referral',
    'unmet_need',
    'message',
  ]),
  title: z.string(),
  detail: z.string().nullable(),
  /** The episode the entry belongs to; null for an onward referral or unmet need outside one. */
  referralId: Id.nullable(),
  /** Where the entry leads when it is not the episode itself (e.g. `/onward-referrals/<id>`). */
  link: z.string().nullable().optional(),
});
/** `GET /api/people/:id/timeline`: a page of entries, newest first. */
export const Timeline = pageOf(TimelineEntry);
export type Timeline = z.infer<typeof Timeline>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
