import { z } from 'zod';
import { isFinancialYear, MANAGEMENT_COST_LIMIT_PER_WTE, topPayPoint } from '../rules/funding.ts';
import { AFC_BANDS, CONTRACT_TYPES, EMPLOYMENT_MODELS, FUNDING_SOURCES, POST_ROLES } from '../rules/workforce-categories.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';

/**
 * Workforce posts, ARRS reference data and the funding planner. The rules behind the numbers are
 * in rules/funding.ts (domain reference, "Link worker workforce and funding").
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists. */
function isoDate(message: string) {
  return z
    .string({ message })
    .regex(ISO_DATE, { message })
    .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), { message });
}

/** A financial year name such as "2025/26". */
export const FinancialYear = z.string().refine(isFinancialYear, { message: 'Enter a financial year like 2025/26' });
export type FinancialYear = z.infer<typeof FinancialYear>;

const money = (label: string) =>
  z
    .number({ message: `Enter ${label} in pounds` })
    .min(0, { message: `${label} cannot be negative` })
    .max(1_000_000);

const PostObject = z.object({
  title: text(200, 'a post title'),
  role: z.enum(POST_ROLES, { message: 'Choose the role' }),
  employmentModel: z.enum(EMPLOYMENT_MODELS, { message: 'Choose who employs the post holder' }),
  employerId: z.uuid({ message: 'Choose the employer' }),
  /** A Kith user in the post, or just their name (or neither for a vacancy). */
  holderUserId: Id.nullable().default(null),
  holderName: z.string().trim().max(200).nullable().default(null),
  band: z.enum(AFC_BANDS, { message: 'Choose a band' }).nullable().default(null),
  startingPayPoint: z.number().int().min(1).max(3).nullable().default(null),
  spotSalary: money('the spot salary').nullable().default(null),
  wte: z
    .number({ message: 'Enter the whole-time equivalent, like 1 or 0.6' })
    .gt(0, { message: 'WTE must be more than 0' })
    .max(1, {
      message: 'WTE must be 1 or less',
    }),
  startDate: isoDate('Enter a real start date'),
  endDate: isoDate('Enter a real end date').nullable().default(null),
  contractType: z.enum(CONTRACT_TYPES, { message: 'Choose the contract type' }),
  fundingSource: z.enum(FUNDING_SOURCES, { message: 'Choose the funding source' }),
  managementCostPerWte: money('the management cost')
    .max(MANAGEMENT_COST_LIMIT_PER_WTE, { message: 'Management costs can be at most £2,400 a year per WTE' })
    .nullable()
    .default(null),
  lineManagerUserId: Id.nullable().default(null),
  clinicalSupervisorUserId: Id.nullable().default(null),
});

/** Rules across fields, each naming the field to correct. */
function checkPost(post: z.infer<typeof PostObject>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (post.band !== null && post.spotSalary !== null) issue('spotSalary', 'Give a band and pay point or a spot salary, not both');
  if (post.band === null && post.spotSalary === null) issue('band', 'Choose a band, or enter a spot salary');
  if (post.band !== null && post.startingPayPoint === null) issue('startingPayPoint', 'Choose the starting pay point');
  if (post.band !== null && post.startingPayPoint !== null && post.startingPayPoint > topPayPoint(post.band)) {
    issue('startingPayPoint', `Band ${post.band} has pay points 1 to ${topPayPoint(post.band)}`);
  }
  if (post.band === null && post.startingPayPoint !== null) issue('startingPayPoint', 'A pay point needs a band');
  if (post.endDate !== null && post.endDate < post.startDate) issue('endDate', 'The end date must be on or after the start date');
  if (post.employmentModel !== 'vcse_subcontract' && (post.managementCostPerWte ?? 0) > 0) {
    issue('managementCostPerWte', 'Management costs apply only to posts subcontracted to a VCSE organisation');
  }
  if (post.holderUserId !== null && post.holderName) issue('holderName', 'Choose a user or enter a name, not both');
}

/** The fields of a post, as entered. Pay is either an AfC band with a starting point, or a spot salary. */
export const PostFields = PostObject.superRefine(checkPost);
export type PostFields = z.infer<typeof PostFields>;
/** The fields as the form holds them before defaults are applied. */
export type PostFieldsInput = z.input<typeof PostFields>;

/** `POST /api/workforce/posts` body: the post's fields and its PCN. */
export const CreatePostRequest = PostObject.extend({ pcnId: Id }).superRefine(checkPost);
export type CreatePostRequest = z.infer<typeof CreatePostRequest>;

/** `PUT /api/workforce/posts/:id` body (the PCN does not change). */
export const UpdatePostRequest = PostFields;
export type UpdatePostRequest = z.infer<typeof UpdatePostRequest>;

/** A post as the API returns it, with the names of the people and employer. */
export const WorkforcePost = z.object({
  id: Id,
  pcnId: Id,
  title: z.string(),
  role: z.enum(POST_ROLES),
  employmentModel: z.enum(EMPLOYMENT_MODELS),
  employerId: Id,
  employerName: z.string(),
  holderUserId: Id.nullable(),
  holderName: z.string().nullable(),
  /** The user's display name, or the entered name; null for a vacancy. */
  holderDisplayName: z.string().nullable(),
  band: z.enum(AFC_BANDS).nullable(),
  startingPayPoint: z.number().int().nullable(),
  spotSalary: z.number().nullable(),
  wte: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  contractType: z.enum(CONTRACT_TYPES),
  fundingSource: z.enum(FUNDING_SOURCES),
  managementCostPerWte: z.number().nullable(),
  lineManagerUserId: Id.nullable(),
  lineManagerName: z.string().nullable(),
  clinicalSupervisorUserId: Id.nullable(),
  clinicalSupervisorName: z.string().nullable(),
  updatedAt: z.string(),
});
export type WorkforcePost = z.infer<typeof WorkforcePost>;

/** `GET /api/workforce/posts?pcnId=` query. */
export const PostListQuery = z.object({ pcnId: Id });
export type PostListQuery = z.infer<typeof PostListQuery>;
/** `GET /api/workforce/posts` query: the PCN and the page. */
export const PostPageQuery = PostListQuery.extend(PageQuery.shape);
export type PostPageQuery = z.infer<typeof PostPageQuery>;

/** `GET /api/workforce/posts` answer. */
export const PostList = pageOf(WorkforcePost).extend({ canManage: z.boolean() });
export type PostList = z.infer<typeof PostList>;

/** A PCN the caller may plan for. */
export const WorkforcePcn = z.object({ id: Id, name: z.string(), canManage: z.boolean() });
export type WorkforcePcn = z.infer<typeof WorkforcePcn>;

/** `GET /api/workforce/pcns` answer. */
export const WorkforcePcnList = z.object({ items: z.array(WorkforcePcn) });
export type WorkforcePcnList = z.infer<typeof WorkforcePcnList>;

/** `GET /api/workforce/post-options?pcnId=`: employers and people a post in the PCN can name. */
export const PostOptions = z.object({
  employers: z.array(z.object({ id: Id, name: z.string(), employmentModel: z.enum(EMPLOYMENT_MODELS) })),
  people: z.array(z.object({ id: Id, name: z.string() })),
});
export type PostOptions = z.infer<typeof PostOptions>;

/** `GET /api/workforce/funding-plan` query (and the CSV's, with `table`). */
export const FundingPlanQuery = z.object({
  pcnId: Id,
  year: FinancialYear.optional(),
  years: z.coerce.number().int().min(1).max(5).default(3),
});
export type FundingPlanQuery = z.infer<typeof FundingPlanQuery>;

/** `GET /api/workforce/funding-plan.csv` query: which table to export. */
export const FundingPlanCsvQuery = FundingPlanQuery.extend({ table: z.enum(['posts', 'schedule']).default('posts') });
export type FundingPlanCsvQuery = z.infer<typeof FundingPlanCsvQuery>;

/** A reference data warning (carried forward, unverified, missing). */
export const FundingWarningView = z.object({
  code: z.enum(['carried_forward', 'unverified', 'missing', 'cap_role_fallback']),
  financialYear: z.string(),
  subject: z.string(),
  fromYear: z.string().nullable(),
  verified: z.boolean().nullable(),
  message: z.string(),
});
export type FundingWarningView = z.infer<typeof FundingWarningView>;

const Totals = z.object({
  salary: z.number(),
  employerNi: z.number(),
  employerPension: z.number(),
  managementCost: z.number(),
  totalCost: z.number(),
  claimable: z.number(),
  shortfall: z.number(),
});

/** One post's line in the planner. */
export const PostPlanView = Totals.extend({
  postId: Id,
  title: z.string(),
  role: z.enum(POST_ROLES),
  holderDisplayName: z.string().nullable(),
  employerName: z.string(),
  employmentModel: z.enum(EMPLOYMENT_MODELS),
  fundingSource: z.enum(FUNDING_SOURCES),
  wte: z.number(),
  pay: z.string(),
  monthsInPost: z.number(),
  capForPeriod: z.number().nullable(),
  payPoints: z.array(z.number()),
  warnings: z.array(FundingWarningView),
});
export type PostPlanView = z.infer<typeof PostPlanView>;

/** Average annual pay per WTE of one group of posts (null when the group is empty). */
const PayGroup = z.object({ posts: z.number().int(), averageAnnualPayPerWte: z.number().nullable() });

/** PCN-employed against VCSE-employed link worker pay among the PCNs of one ICB. */
export const LocalPayComparison = z.object({
  area: z.string(),
  pcnCount: z.number().int(),
  pcnEmployed: PayGroup,
  vcseEmployed: PayGroup,
  note: z.string(),
});
export type LocalPayComparison = z.infer<typeof LocalPayComparison>;

/** `GET /api/workforce/funding-plan` answer. */
export const FundingPlan = z.object({
  pcn: z.object({ id: Id, name: z.string() }),
  financialYear: z.string(),
  posts: z.array(PostPlanView),
  totals: Totals,
  schedule: z.array(z.object({ month: z.string(), cost: z.number(), claimable: z.number(), cumulativeClaimable: z.number() })),
  projection: z.array(
    Totals.extend({
      financialYear: z.string(),
      posts: z.array(
        z.object({
          postId: Id,
          payPoints: z.array(z.number()),
          totalCost: z.number(),
          claimable: z.number(),
          shortfall: z.number(),
        }),
      ),
      warnings: z.array(FundingWarningView),
    }),
  ),
  warnings: z.array(FundingWarningView),
  payComparison: LocalPayComparison,
});
export type FundingPlan = z.infer<typeof FundingPlan>;

const ReferenceRowMeta = {
  source: text(500, 'the source'),
  verified: z.boolean(),
};

/** An ARRS maximum reimbursable amount, as entered by an administrator. */
export const ArrsCapInput = z.object({
  financialYear: FinancialYear,
  role: z.enum(POST_ROLES, { message: 'Choose the role' }),
  maximumAmount: money('the maximum amount'),
  ...ReferenceRowMeta,
});
export type ArrsCapInput = z.infer<typeof ArrsCapInput>;
export const ArrsCapRow = ArrsCapInput.extend({ id: Id, updatedAt: z.string() });
export type ArrsCapRow = z.infer<typeof ArrsCapRow>;

/** An Agenda for Change pay point, as entered by an administrator. */
export const PayPointInput = z
  .object({
    financialYear: FinancialYear,
    band: z.enum(AFC_BANDS, { message: 'Choose a band' }),
    point: z.number({ message: 'Enter the pay point' }).int().min(1, { message: 'Pay points start at 1' }).max(3),
    annualSalary: money('the annual salary'),
    ...ReferenceRowMeta,
  })
  .refine((row) => row.point <= topPayPoint(row.band), { path: ['point'], message: 'That band has fewer pay points' });
export type PayPointInput = z.infer<typeof PayPointInput>;
export const PayPointRow = z.object({
  id: Id,
  financialYear: z.string(),
  band: z.enum(AFC_BANDS),
  point: z.number().int(),
  annualSalary: z.number(),
  source: z.string(),
  verified: z.boolean(),
  updatedAt: z.string(),
});
export type PayPointRow = z.infer<typeof PayPointRow>;

/** Employer on-cost rates for a year, as entered (rates as fractions: 0.15 is 15%). */
export const OnCostRateInput = z.object({
  financialYear: FinancialYear,
  niRate: z.number({ message: 'Enter the NI rate' }).min(0).max(1, { message: 'Enter the NI rate as a fraction, like 0.15' }),
  niAnnualThreshold: money('the NI threshold'),
  pensionRate: z
    .number({ message: 'Enter the pension rate' })
    .min(0)
    .max(1, { message: 'Enter the pension rate as a fraction, like 0.1438' }),
  ...ReferenceRowMeta,
});
export type OnCostRateInput = z.infer<typeof OnCostRateInput>;
/** On-cost rates are keyed by their year: `id` is the financial year. */
export const OnCostRateRow = OnCostRateInput.extend({ id: z.string(), updatedAt: z.string() });
export type OnCostRateRow = z.infer<typeof OnCostRateRow>;

/** `PUT /api/workforce/reference-data/on-cost-rates/:id` params (the id is the year, URL-encoded). */
export const OnCostRateParams = z.object({ id: FinancialYear });
export type OnCostRateParams = z.infer<typeof OnCostRateParams>;

/** `GET /api/workforce/reference-data` answer. */
export const ReferenceData = z.object({
  caps: z.array(ArrsCapRow),
  payPoints: z.array(PayPointRow),
  onCostRates: z.array(OnCostRateRow),
  canManage: z.boolean(),
});
export type ReferenceData = z.infer<typeof ReferenceData>;
