import { z } from 'zod';
import { Id, PageNumber, pageOf, text } from './common.ts';

/**
 * Unmet need: when nothing suitable exists, the link worker records the need, the area and why.
 * These records feed the impact reports (demand the local offer does not meet).
 */
export const UNMET_NEED_REASONS = ['no_service', 'full', 'too_far', 'cost', 'not_eligible', 'waiting_too_long'] as const;
/** One of {@link UNMET_NEED_REASONS}. */
export type UnmetNeedReason = (typeof UNMET_NEED_REASONS)[number];

export const UNMET_NEED_REASON_LABELS: Record<UnmetNeedReason, string> = {
  no_service: 'No such service',
  full: 'Services are full',
  too_far: 'Too far away',
  cost: 'Costs too much',
  not_eligible: 'Not eligible',
  waiting_too_long: 'Waiting time too long',
};

/** `POST /api/unmet-needs` body. With a person, the PCN is the one holding their record. */
export const CreateUnmetNeedRequest = z.object({
  personId: Id.nullable().optional(),
  /** Required when no person is given: the PCN recording the need. */
  organisationId: Id.nullable().optional(),
  needTermId: Id,
  /** The area the need is in, e.g. a postcode district or neighbourhood. */
  area: text(100, 'the area'),
  reason: z.enum(UNMET_NEED_REASONS, { message: 'Choose why the need could not be met' }),
  note: z.string().trim().max(2000).default(''),
});
export type CreateUnmetNeedRequest = z.infer<typeof CreateUnmetNeedRequest>;

export const UnmetNeed = z.object({
  id: Id,
  organisationId: Id,
  personId: Id.nullable(),
  needTermId: Id,
  needName: z.string(),
  area: z.string(),
  reason: z.enum(UNMET_NEED_REASONS),
  note: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type UnmetNeed = z.infer<typeof UnmetNeed>;

/** `GET /api/unmet-needs` query. */
export const UnmetNeedQuery = z.object({
  organisationId: Id.optional(),
  personId: Id.optional(),
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type UnmetNeedQuery = z.infer<typeof UnmetNeedQuery>;
export const UnmetNeedPage = pageOf(UnmetNeed);
export type UnmetNeedPage = z.infer<typeof UnmetNeedPage>;
