import { z } from 'zod';
import { Id, PageNumber, pageOf, text } from './common.ts';
import { IsoDate, Postcode } from './person.ts';
import { WebAddress } from './web-address.ts';

/**
 * The community service directory, shaped after Open Referral UK 3.0 (see the domain
 * reference) with Kith's own curation fields on each service. These are Kith's API shapes;
 * the ORUK wire format lives at the boundary (packages/server/src/interop/oruk/).
 */

/** ORUK 3.0 service.status values, verbatim. */
export const ORUK_SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type OrukServiceStatus = (typeof ORUK_SERVICE_STATUSES)[number];

/** Whether a service can take people now. `closed` means closed to referrals. */
export const CAPACITY_STATUSES = ['open', 'limited', 'waiting_list', 'closed'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];
export const CAPACITY_STATUS_LABELS: Record<CapacityStatus, string> = {
  open: 'Open',
  limited: 'Limited places',
  waiting_list: 'Waiting list',
  closed: 'Closed to referrals',
};

/** How a person gets to the service. Only `kith_referral` services take onward referrals in Kith. */
export const REFERRAL_ROUTES = ['signpost', 'self_referral', 'kith_referral'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const REFERRAL_ROUTE_LABELS: Record<ReferralRoute, string> = {
  signpost: 'Signpost only',
  self_referral: 'Self-referral',
  kith_referral: 'Referral through Kith',
};

export const FUNDING_STATUSES = ['funded', 'time_limited', 'at_risk', 'unfunded', 'unknown'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export const FUNDING_STATUS_LABELS: Record<FundingStatus, string> = {
  funded: 'Funded',
  time_limited: 'Funded for a fixed period',
  at_risk: 'Funding at risk',
  unfunded: 'Unfunded',
  unknown: 'Not known',
};

/** ORUK location.location_type values. */
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/** RRULE BYDAY codes (RFC 5545), as ORUK schedules use them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day, HH:MM (24-hour). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a time like 09:30' });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A taxonomy (e.g. Kith's social prescribing needs). */
export const Taxonomy = z.object({ id: Id, name: z.string(), description: z.string(), uri: z.string().nullable() });
export type Taxonomy = z.infer<typeof Taxonomy>;

/** A term of a taxonomy; `parentId` makes the tree. `code` links needs to referral reason codes. */
export const TaxonomyTerm = z.object({
  id: Id,
  taxonomyId: Id,
  parentId: Id.nullable(),
  code: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  /** Depth in the tree, 0 for a top-level term (for indenting lists). */
  depth: z.number().int(),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

/** `POST /api/directory/taxonomy-terms` and `PUT …/:id` body (admins). */
export const TaxonomyTermInput = z.object({
  taxonomyId: Id,
  parentId: Id.nullable().optional(),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/, { message: 'Use lower-case letters, digits and underscores' })
    .nullable()
    .optional(),
  name: text(120, 'a name'),
  description: z.string().trim().max(1000).default(''),
});
export type TaxonomyTermInput = z.infer<typeof TaxonomyTermInput>;

/** An organisation that runs services (ORUK organization). May be linked to a Kith VCSE organisation, whose provider users then curate its services. */
export const DirectoryOrganisation = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  kithOrganisationId: Id.nullable(),
  serviceCount: z.number().int(),
  updatedAt: z.string(),
});
export type DirectoryOrganisation = z.infer<typeof DirectoryOrganisation>;

/** `POST /api/directory/organizations`, `PUT …/:id` body (admins). */
export const DirectoryOrganisationInput = z.object({
  name: text(200, 'a name'),
  description: z.string().trim().max(4000).default(''),
  email: z.email({ message: 'Enter an email address like name@example.org' }).nullable().optional(),
  website: WebAddress.nullable().optional(),
  kithOrganisationId: Id.nullable().optional(),
});
export type DirectoryOrganisationInput = z.infer<typeof DirectoryOrganisationInput>;

/** A weekly or monthly opening pattern (RRULE style, as ORUK schedules). */
export const ScheduleInput = z.object({
  freq: z.enum(['WEEKLY', 'MONTHLY']).default('WEEKLY'),
  interval: z.number().int().min(1).max(12).default(1),
  byday: z.array(z.enum(WEEKDAYS)).min(1, { message: 'Choose at least one day' }),
  opensAt: TimeOfDay,
  closesAt: TimeOfDay,
  description: optionalText(300),
  validFrom: IsoDate.nullable().optional(),
  validTo: IsoDate.nullable().optional(),
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;
export const Schedule = ScheduleInput.extend({
  id: Id,
  description: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type Schedule = z.infer<typeof Schedule>;

/** Where a service is delivered. A virtual location has no postcode. */
export const LocationInput = z.object({
  /** Present when editing an existing location, so its id (and ORUK links) survive. */
  id: Id.optional(),
  name: text(200, 'a location name'),
  locationType: z.enum(LOCATION_TYPES).default('physical'),
  address1: optionalText(200),
  city: optionalText(100),
  postcode: Postcode.nullable().optional(),
  /** Filled from the postcode when left empty. */
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  accessibility: optionalText(500),
  schedules: z.array(ScheduleInput).max(14).default([]),
});
export type LocationInput = z.infer<typeof LocationInput>;
export const ServiceLocation = z.object({
  id: Id,
  name: z.string(),
  locationType: z.enum(LOCATION_TYPES),
  address1: z.string().nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessibility: z.string().nullable(),
  schedules: z.array(Schedule),
});
export type ServiceLocation = z.infer<typeof ServiceLocation>;

export const ServiceContactInput = z.object({
  name: optionalText(200),
  email: z.email({ message: 'Enter an email address like name@example.org' }).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d ()-]{6,19}$/, { message: 'Enter a phone number, like 0113 496 0000' })
    .nullable()
    .optional(),
});
export type ServiceContactInput = z.infer<typeof ServiceContactInput>;
export const ServiceContact = z.object({
  id: Id,
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type ServiceContact = z.infer<typeof ServiceContact>;

export const CostOptionInput = z.object({
  option: optionalText(200),
  /** Pounds; 0 or absent means free. */
  amount: z.number().min(0).max(100000).nullable().optional(),
  amountDescription: optionalText(300),
});
export type CostOptionInput = z.infer<typeof CostOptionInput>;
export const CostOption = z.object({
  id: Id,
  option: z.string().nullable(),
  amount: z.number().nullable(),
  amountDescription: z.string().nullable(),
});

/** The editable fields of a service (curation form and API). */
export const ServiceInput = z
  .object({
    organisationId: Id,
    name: text(200, 'a service name'),
    description: z.string().trim().max(8000).default(''),
    url: WebAddress.nullable().optional(),
    email: z.email({ message: 'Enter an email address like name@example.org' }).nullable().optional(),
    status: z.enum(ORUK_SERVICE_STATUSES).default('active'),
    fees: optionalText(500),
    minimumAge: z.number().int().min(0).max(120).nullable().optional(),
    maximumAge: z.number().int().min(0).max(120).nullable().optional(),
    capacityStatus: z.enum(CAPACITY_STATUSES).default('open'),
    typicalWaitDays: z.number().int().min(0).max(730).nullable().optional(),
    referralRoute: z.enum(REFERRAL_ROUTES).default('signpost'),
    fundingStatus: z.enum(FUNDING_STATUSES).default('unknown'),
    fundedUntil: IsoDate.nullable().optional(),
    /** Need terms (taxonomy term ids) the service meets. */
    termIds: z.array(Id).max(30).default([]),
    languages: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    serviceAreas: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
    locations: z.array(LocationInput).max(50).default([]),
    contacts: z.array(ServiceContactInput).max(10).default([]),
    costOptions: z.array(CostOptionInput).max(10).default([]),
  })
  .refine((s) => s.minimumAge == null || s.maximumAge == null || s.minimumAge <= s.maximumAge, {
    path: ['maximumAge'],
    message: 'Maximum age must be the same as or more than the minimum age',
  });
export type ServiceInput = z.infer<typeof ServiceInput>;

/** A service in search results and curation lists. */
export const ServiceSummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  status: z.enum(ORUK_SERVICE_STATUSES),
  capacityStatus: z.enum(CAPACITY_STATUSES),
  typicalWaitDays: z.number().int().nullable(),
  referralRoute: z.enum(REFERRAL_ROUTES),
  fundingStatus: z.enum(FUNDING_STATUSES),
  fundedUntil: z.string().nullable(),
  lastVerifiedAt: z.string().nullable(),
  /** Not verified within the configured period (default 6 months): ranked down and flagged. */
  stale: z.boolean(),
  archived: z.boolean(),
  free: z.boolean(),
  terms: z.array(z.object({ id: Id, name: z.string() })),
  /** From the searched postcode to the nearest location, when a postcode was given. */
  distanceMetres: z.number().nullable(),
  /** The location nearest the searched postcode (or the first), with coordinates for the map. */
  nearestLocation: z
    .object({
      name: z.string(),
      postcode: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    })
    .nullable(),
  /** How to reach the service at once: its first phone number, and its email (or a contact's). */
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

/** A service with everything about it. `canEdit` says whether the reader may curate it. */
export const ServiceDetail = ServiceSummary.extend({
  url: z.string().nullable(),
  email: z.string().nullable(),
  fees: z.string().nullable(),
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  lastVerifiedBy: z.string().nullable(),
  languages: z.array(z.string()),
  serviceAreas: z.array(z.string()),
  locations: z.array(ServiceLocation),
  contacts: z.array(ServiceContact),
  costOptions: z.array(CostOption),
  canEdit: z.boolean(),
  updatedAt: z.string(),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

const booleanFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

/** Accepts `need=a&need=b` or `need=a,b`. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : (Array.isArray(value) ? value : value.split(',')).filter(Boolean)))
  .pipe(z.array(Id).max(20));

/** `GET /api/directory/services` — every filter optional; paged. */
export const ServiceSearchQuery = z.object({
  /** Words, matched by full text with typo tolerance. */
  q: z.string().trim().max(200).optional(),
  /** Need terms; each includes its child terms. */
  need: idList,
  /** Centre for distance; an unknown postcode is a 400 naming it. */
  postcode: Postcode.optional(),
  radiusKm: z.coerce.number().min(0.1).max(200).default(10),
  age: z.coerce.number().int().min(0).max(120).optional(),
  day: z.enum(WEEKDAYS).optional(),
  time: TimeOfDay.optional(),
  openToReferrals: booleanFlag,
  maxWaitDays: z.coerce.number().int().min(0).max(730).optional(),
  freeOnly: booleanFlag,
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ServiceSearchQuery = z.infer<typeof ServiceSearchQuery>;
export const ServiceSearchPage = pageOf(ServiceSummary);
export type ServiceSearchPage = z.infer<typeof ServiceSearchPage>;

/** `GET /api/directory/manage/services` — curation list: admins see all, providers their own. */
export const ManagedServiceQuery = z.object({
  q: z.string().trim().max(200).optional(),
  organisationId: Id.optional(),
  includeArchived: booleanFlag,
  staleOnly: booleanFlag,
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type ManagedServiceQuery = z.infer<typeof ManagedServiceQuery>;

/** `PATCH /api/directory/services/:id/capacity` — the provider's one-click update (also counts as verifying). */
export const CapacityUpdate = z.object({
  capacityStatus: z.enum(CAPACITY_STATUSES),
  typicalWaitDays: z.number().int().min(0).max(730).nullable().optional(),
});
export type CapacityUpdate = z.infer<typeof CapacityUpdate>;

/** `GET /api/directory/postcodes/:postcode` answer. */
export const PostcodeCentroid = z.object({ postcode: z.string(), latitude: z.number(), longitude: z.number() });
export type PostcodeCentroid = z.infer<typeof PostcodeCentroid>;

/**
 * `GET /api/directory/map-settings` answer: the directory map's tile source (a Leaflet URL
 * template and the provider's credit, from KITH_MAP_TILE_URL and KITH_MAP_ATTRIBUTION), or null
 * when none is configured: the map then draws its markers on a plain background.
 */
export const DirectoryMapSettings = z.object({
  tiles: z.object({ urlTemplate: z.string(), attribution: z.string() }).nullable(),
});
export type DirectoryMapSettings = z.infer<typeof DirectoryMapSettings>;

// The directory's list routes and postcode look-up: the server validates and documents with
// these, the web reads its answers as these types.

/** `GET /api/directory/organizations`: `mine=true` keeps the organisations whose services the caller curates. */
export const DirectoryOrganisationQuery = z.object({
  q: z.string().trim().max(200).optional(),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DirectoryOrganisationQuery = z.infer<typeof DirectoryOrganisationQuery>;

/** `GET /api/directory/organizations` answer: one page of organisations. */
export const DirectoryOrganisationPage = pageOf(DirectoryOrganisation);
export type DirectoryOrganisationPage = z.infer<typeof DirectoryOrganisationPage>;

/** `GET /api/directory/taxonomies` answer. */
export const TaxonomyList = z.object({ items: z.array(Taxonomy) });
export type TaxonomyList = z.infer<typeof TaxonomyList>;

/** `GET /api/directory/taxonomy-terms` answer: every term in tree order. */
export const TaxonomyTermList = z.object({ items: z.array(TaxonomyTerm) });
export type TaxonomyTermList = z.infer<typeof TaxonomyTermList>;

/** The postcode is checked by the use case, so a malformed one is a 400 naming `postcode` like an unknown one. */
export const PostcodeParams = z.object({ postcode: z.string().max(20) });
export type PostcodeParams = z.infer<typeof PostcodeParams>;
