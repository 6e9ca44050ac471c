import {
  type CapacityStatus,
  type FundingStatus,
  type LocationType,
  type OrukServiceStatus,
  type ReferralRoute,
  type ServiceDetail,
  ServiceInput,
} from '@kith/shared';
import { type FormIssue, issuesFromError, orderIssues, validateWith } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { type DateParts, dateIssue, datePartsFromIso, EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';
import { splitList } from './directory-format.ts';

/** One opening pattern as typed. Frequency, interval and dates are kept from an imported schedule so editing keeps them. */
export interface ScheduleRow {
  key: string;
  byday: string[];
  opensAt: string;
  closesAt: string;
  description: string;
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface LocationRow {
  key: string;
  /** The saved location's id, so its ORUK links survive an edit. */
  id?: string | undefined;
  name: string;
  locationType: LocationType;
  address1: string;
  city: string;
  postcode: string;
  accessibility: string;
  /** Saved coordinates, sent back only while the postcode they belong to is unchanged. */
  latitude: number | null;
  longitude: number | null;
  savedPostcode: string;
  schedules: ScheduleRow[];
}

export interface ContactRow {
  key: string;
  name: string;
  email: string;
  phone: string;
}

export interface CostRow {
  key: string;
  option: string;
  amount: string;
  amountDescription: string;
}

/** The service form as typed: text as text, so nothing half-typed is lost or "corrected". */
export interface ServiceFormValues {
  organisationId: string;
  name: string;
  description: string;
  url: string;
  email: string;
  status: OrukServiceStatus;
  fees: string;
  minimumAge: string;
  maximumAge: string;
  capacityStatus: CapacityStatus;
  typicalWaitDays: string;
  referralRoute: ReferralRoute;
  fundingStatus: FundingStatus;
  fundedUntil: DateParts;
  termIds: string[];
  /** Comma-separated. */
  languages: string;
  /** Comma-separated. */
  serviceAreas: string;
  locations: LocationRow[];
  contacts: ContactRow[];
  costOptions: CostRow[];
}

type KeyMaker = () => string;

export function emptyServiceForm(organisationId = ''): ServiceFormValues {
  return {
    organisationId,
    name: '',
    description: '',
    url: '',
    email: '',
    status: 'active',
    fees: '',
    minimumAge: '',
    maximumAge: '',
    capacityStatus: 'open',
    typicalWaitDays: '',
    referralRoute: 'signpost',
    fundingStatus: 'unknown',
    fundedUntil: EMPTY_DATE_PARTS,
    termIds: [],
    languages: '',
    serviceAreas: '',
    locations: [],
    contacts: [],
    costOptions: [],
  };
}

export function newScheduleRow(makeKey: KeyMaker = newUuid): ScheduleRow {
  return {
    key: makeKey(),
    byday: [],
    opensAt: '',
    closesAt: '',
    description: '',
    freq: 'WEEKLY',
    interval: 1,
    validFrom: null,
    validTo: null,
  };
}

export function newLocationRow(makeKey: KeyMaker = newUuid): LocationRow {
  return {
    key: makeKey(),
    name: '',
    locationType: 'physical',
    address1: '',
    city: '',
    postcode: '',
    accessibility: '',
    latitude: null,
    longitude: null,
    savedPostcode: '',
    schedules: [],
  };
}

export function newContactRow(makeKey: KeyMaker = newUuid): ContactRow {
  return { key: makeKey(), name: '', email: '', phone: '' };
}

export function newCostRow(makeKey: KeyMaker = newUuid): CostRow {
  return { key: makeKey(), option: '', amount: '', amountDescription: '' };
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The editor's starting point for a saved service. */
export function serviceToForm(service: ServiceDetail, makeKey: KeyMaker = newUuid): ServiceFormValues {
  return {
    organisationId: service.organisationId,
    name: service.name,
    description: service.description,
    url: text(service.url),
    email: text(service.email),
    status: service.status,
    fees: text(service.fees),
    minimumAge: numberText(service.minimumAge),
    maximumAge: numberText(service.maximumAge),
    capacityStatus: service.capacityStatus,
    typicalWaitDays: numberText(service.typicalWaitDays),
    referralRoute: service.referralRoute,
    fundingStatus: service.fundingStatus,
    fundedUntil: datePartsFromIso(service.fundedUntil),
    termIds: service.terms.map((term) => term.id),
    languages: service.languages.join(', '),
    serviceAreas: service.serviceAreas.join(', '),
    locations: service.locations.map((location) => ({
      key: makeKey(),
      id: location.id,
      name: location.name,
      locationType: location.locationType,
      address1: text(location.address1),
      city: text(location.city),
      postcode: text(location.postcode),
      accessibility: text(location.accessibility),
      latitude: location.latitude,
      longitude: location.longitude,
      savedPostcode: text(location.postcode),
      schedules: location.schedules.map((schedule) => ({
        key: makeKey(),
        byday: [...schedule.byday],
        opensAt: schedule.opensAt,
        closesAt: schedule.closesAt,
        description: text(schedule.description),
        freq: schedule.freq,
        interval: schedule.interval,
        validFrom: schedule.validFrom,
        validTo: schedule.validTo,
      })),
    })),
    contacts: service.contacts.map((contact) => ({
      key: makeKey(),
      name: text(contact.name),
      email: text(contact.email),
      phone: text(contact.phone),
    })),
    costOptions: service.costOptions.map((cost) => ({
      key: makeKey(),
      option: text(cost.option),
      amount: numberText(cost.amount),
      amountDescription: text(cost.amountDescription),
    })),
  };
}

/**
 * Contacts and cost options left completely empty are dropped before saving (an "Add" pressed by
 * mistake), so the rows the server numbers are the rows on the screen.
 */
export function withoutBlankRows(values: ServiceFormValues): ServiceFormValues {
  const filled = (row: object) => Object.entries(row).some(([key, value]) => key !== 'key' && String(value).trim() !== '');
  return { ...values, contacts: values.contacts.filter(filled), costOptions: values.costOptions.filter(filled) };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const normalisePostcode = (value: string) => value.toUpperCase().replace(/\s+/g, '');

/** Whole numbers such as ages and days; text that is not one is reported against its field. */
function readWholeNumber(value: string, path: string, message: string, issues: FormIssue[]): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
  issues.push({ path, message });
  return null;
}

/** Pounds and pence, with or without the £ sign. */
function readPounds(value: string, path: string, issues: FormIssue[]): number | null {
  const trimmed = value.trim().replace(/^£/, '');
  if (trimmed === '') return null;
  if (/^\d{1,6}(\.\d{1,2})?$/.test(trimmed)) return Number(trimmed);
  issues.push({ path, message: 'Enter the amount in pounds, like 3.50' });
  return null;
}

/** Lists typed as text map onto one field: `languages.2` is the languages box. */
export function normaliseIssuePath(issue: FormIssue): FormIssue {
  const match = /^(languages|serviceAreas|termIds)\.\d+$/.exec(issue.path);
  return match?.[1] ? { ...issue, path: match[1] } : issue;
}

/** A refused save as issues on the form's fields (a list's `languages.2` on its one box). */
export function serviceIssuesFromError(error: unknown): FormIssue[] {
  return issuesFromError(error).map(normaliseIssuePath);
}

/** Checks the form with the shared schema and builds the `POST`/`PUT` body. */
export function buildServiceInput(
  values: ServiceFormValues,
): { ok: true; data: ServiceInput } | { ok: false; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  // Listed before the schema's own wording ("expected a UUID"), which means nothing to a curator.
  if (!values.organisationId) issues.push({ path: 'organisationId', message: 'Choose the organisation that runs the service' });
  const fundedUntil = readDateParts(values.fundedUntil, 'funded until date');
  issues.push(...dateIssue(fundedUntil, 'fundedUntil'));

  const body = {
    organisationId: values.organisationId || undefined,
    name: values.name,
    description: values.description,
    url: orNull(values.url),
    email: orNull(values.email),
    status: values.status,
    fees: orNull(values.fees),
    minimumAge: readWholeNumber(values.minimumAge, 'minimumAge', 'Enter the minimum age as a whole number, like 18', issues),
    maximumAge: readWholeNumber(values.maximumAge, 'maximumAge', 'Enter the maximum age as a whole number, like 65', issues),
    capacityStatus: values.capacityStatus,
    typicalWaitDays: readWholeNumber(
      values.typicalWaitDays,
      'typicalWaitDays',
      'Enter the typical wait as a number of days',
      issues,
    ),
    referralRoute: values.referralRoute,
    fundingStatus: values.fundingStatus,
    fundedUntil: fundedUntil.kind === 'date' ? fundedUntil.iso : null,
    termIds: values.termIds,
    languages: splitList(values.languages),
    serviceAreas: splitList(values.serviceAreas),
    locations: values.locations.map((location) => {
      const samePostcode = normalisePostcode(location.postcode) === normalisePostcode(location.savedPostcode);
      return {
        ...(location.id ? { id: location.id } : {}),
        name: location.name,
        locationType: location.locationType,
        address1: orNull(location.address1),
        city: orNull(location.city),
        postcode: orNull(location.postcode),
        latitude: samePostcode ? location.latitude : null,
        longitude: samePostcode ? location.longitude : null,
        accessibility: orNull(location.accessibility),
        schedules: location.schedules.map((schedule) => ({
          freq: schedule.freq,
          interval: schedule.interval,
          byday: schedule.byday,
          opensAt: schedule.opensAt.trim(),
          closesAt: schedule.closesAt.trim(),
          description: orNull(schedule.description),
          validFrom: schedule.validFrom,
          validTo: schedule.validTo,
        })),
      };
    }),
    contacts: values.contacts.map((contact) => ({
      name: orNull(contact.name),
      email: orNull(contact.email),
      phone: orNull(contact.phone),
    })),
    costOptions: values.costOptions.map((cost, index) => ({
      option: orNull(cost.option),
      amount: readPounds(cost.amount, `costOptions.${index}.amount`, issues),
      amountDescription: orNull(cost.amountDescription),
    })),
  };

  const checked = validateWith(ServiceInput, body);
  if (checked.ok && issues.length === 0) return checked;
  const all = [...issues, ...(checked.ok ? [] : checked.issues)].map(normaliseIssuePath);
  return { ok: false, issues: orderIssues(all, serviceFieldOrder(values)) };
}

/** Every field path of the form, top to bottom, for the error summary's order. */
export function serviceFieldOrder(values: ServiceFormValues): string[] {
  return [
    'organisationId',
    'name',
    'description',
    'url',
    'email',
    'status',
    'capacityStatus',
    'typicalWaitDays',
    'referralRoute',
    'fundingStatus',
    'fundedUntil',
    'termIds',
    'minimumAge',
    'maximumAge',
    'fees',
    'languages',
    'serviceAreas',
    ...values.locations.flatMap((location, index) => [
      ...['name', 'locationType', 'address1', 'city', 'postcode', 'accessibility'].map((field) => `locations.${index}.${field}`),
      ...location.schedules.flatMap((_, row) =>
        ['byday', 'opensAt', 'closesAt', 'description'].map((field) => `locations.${index}.schedules.${row}.${field}`),
      ),
    ]),
    ...values.contacts.flatMap((_, index) => ['name', 'email', 'phone'].map((field) => `contacts.${index}.${field}`)),
    ...values.costOptions.flatMap((_, index) =>
      ['option', 'amount', 'amountDescription'].map((field) => `costOptions.${index}.${field}`),
    ),
  ];
}
