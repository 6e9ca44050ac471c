import type { OrukImportWarning } from '@kith/shared';
import { lastById } from '../../../modules/directory/bulk-upsert-repository.ts';
import { derivedUuid } from '../feed/oruk-json.ts';
import type {
  AttributeRow,
  ContactRow,
  CostOptionRow,
  FundingRow,
  LanguageRow,
  OrganizationIdentifierRow,
  OrganizationOrukColumns,
  PhoneRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
  ServiceOrukColumns,
  TaxonomyRow,
  TermRow,
} from '../feed/oruk-rows.ts';
import type { FeedContact, FeedOrganization, FeedPhone, FeedService } from './oruk-feed-schemas.ts';
import {
  addAttribute,
  addLocationAttributes,
  addOrganizationAttributes,
  addRecordAttributes,
} from './oruk-import-attribute-plan.ts';
import { checkLocation, childIdOf, type LocationPlan, locationPlan, orNull, scheduleRow } from './oruk-import-location-plan.ts';

/**
 * Turns one validated feed service into the rows Kith stores — the inverse of the mappers, so
 * a feed exported by Kith imports back to the same rows. Every row of the service's subtree
 * carries `service_id` (contact phones hang off their contact), which is how the service's
 * details are found and replaced.
 */

export type { LocationPlan };

/**
 * The service's own rows, by table. Each table is also a kind of detail a feed may give or leave
 * out, except that a service-at-location's schedules, phones and contacts belong to the
 * `serviceAtLocations` kind (`rowsOfKind` in oruk-import-compare.ts sorts them).
 */
export interface ServiceChildren {
  serviceAtLocations: ServiceAtLocationRow[];
  schedules: ScheduleRow[];
  contacts: ContactRow[];
  phones: PhoneRow[];
  costOptions: CostOptionRow[];
  languages: LanguageRow[];
  serviceAreas: ServiceAreaRow[];
  fundings: FundingRow[];
  attributes: AttributeRow[];
}

export type ChildKind = keyof ServiceChildren;

export interface ServicePlan {
  index: number;
  service: ServiceOrukColumns;
  organization: OrganizationOrukColumns | null;
  /** The organisation's identifiers; null when the feed left the list out (the stored ones stay). */
  organizationIdentifiers: OrganizationIdentifierRow[] | null;
  locations: LocationPlan[];
  /** Locations named by id only: they must already exist. */
  locationRefs: string[];
  children: ServiceChildren;
  /**
   * The kinds of detail the record carries. Absent is not empty: a listed record without nested
   * lists leaves every stored detail as it is; only a list that is present replaces its kind.
   */
  present: Set<ChildKind>;
  taxonomies: TaxonomyRow[];
  terms: TermRow[];
  /** Terms named by id only: they must already exist. */
  termRefs: string[];
  /** Attributes of nested records (organization, location, address…), each list replacing its record's. */
  recordAttributes: RecordAttributes[];
  /** What was left out of the record (a bad location…); the rest imports. */
  warnings: OrukImportWarning[];
}

/**
 * The attributes of one record other than the service, as the UK profile nests them under the
 * organization, its identifiers, locations, addresses, accessibility records and contacts. Kith
 * stores them as it stores a service's: `linkId` the record, `linkType` the kind of record.
 */
export interface RecordAttributes {
  linkId: string;
  rows: AttributeRow[];
}

/** Name of the taxonomy made for imported terms that do not say which taxonomy they are in. */
export const IMPORTED_TAXONOMY_ID = derivedUuid('imported-taxonomy');

function phoneRow(
  p: FeedPhone,
  scope: string,
  links: Partial<Pick<PhoneRow, 'serviceId' | 'contactId' | 'serviceAtLocationId'>>,
): PhoneRow {
  return {
    id: childIdOf(p.id, scope),
    locationId: null,
    organizationId: null,
    serviceId: links.serviceId ?? null,
    contactId: links.contactId ?? null,
    serviceAtLocationId: links.serviceAtLocationId ?? null,
    number: p.number,
    extension: orNull(p.extension),
    type: orNull(p.type),
    description: orNull(p.description),
  };
}

function addContact(
  plan: ServicePlan,
  c: FeedContact,
  scope: string,
  links: { serviceId: string; serviceAtLocationId: string | null },
) {
  const { children } = plan;
  const id = childIdOf(c.id, scope);
  children.contacts.push({
    id,
    organizationId: null,
    serviceId: links.serviceId,
    serviceAtLocationId: links.serviceAtLocationId,
    locationId: null,
    name: orNull(c.name),
    title: orNull(c.title),
    department: orNull(c.department),
    email: orNull(c.email),
  });
  (c.phones ?? []).forEach((p, i) => {
    children.phones.push(phoneRow(p, `${scope}.phones.${i}`, { contactId: id }));
  });
  addRecordAttributes(plan, c.attributes, { id, kind: 'contact' });
}

export function organizationRow(o: FeedOrganization): OrganizationOrukColumns {
  return {
    id: o.id,
    name: o.name,
    description: o.description ?? '',
    email: orNull(o.email),
    website: orNull(o.website),
    logo: orNull(o.logo),
    uri: orNull(o.uri),
    parentOrganizationId: orNull(o.parent_organization_id),
  };
}

function identifierRows(o: FeedOrganization): OrganizationIdentifierRow[] | null {
  return (
    o.organization_identifiers?.map((identifier, i) => ({
      id: childIdOf(identifier.id, `${o.id}:organization_identifiers.${i}`),
      organizationId: o.id,
      identifierScheme: orNull(identifier.identifier_scheme),
      identifierType: identifier.identifier_type,
      identifier: identifier.identifier,
    })) ?? null
  );
}

function emptyChildren(): ServiceChildren {
  return {
    serviceAtLocations: [],
    schedules: [],
    contacts: [],
    phones: [],
    costOptions: [],
    languages: [],
    serviceAreas: [],
    fundings: [],
    attributes: [],
  };
}

function serviceColumns(record: FeedService): ServiceOrukColumns {
  return {
    id: record.id,
    organizationId: record.organization?.id ?? record.organization_id ?? '',
    name: record.name,
    alternateName: orNull(record.alternate_name),
    description: record.description ?? '',
    url: orNull(record.url),
    email: orNull(record.email),
    status: record.status,
    fees: orNull(record.fees ?? record.fees_description),
    minimumAge: orNull(record.minimum_age),
    maximumAge: orNull(record.maximum_age),
    assuredDate: orNull(record.assured_date),
    assurerEmail: orNull(record.assurer_email),
    accreditations: orNull(record.accreditations),
    alert: orNull(record.alert),
    // The publisher's own date, not the import's: the feed republishes it until Kith edits the service.
    sourceLastModified: orNull(record.last_modified),
  };
}

function addServiceAtLocations(plan: ServicePlan, record: FeedService): void {
  const serviceId = record.id;
  const { children } = plan;
  const pairs = new Set<string>();
  (record.service_at_locations ?? []).forEach((sal, i) => {
    const at = `${serviceId}:service_at_locations.${i}`;
    let locationId = sal.location_id ?? '';
    if (sal.location !== undefined) {
      const checked = checkLocation(sal.location, {
        index: plan.index,
        serviceId,
        path: `service_at_locations.${i}.location`,
      });
      if ('warnings' in checked) {
        plan.warnings.push(...checked.warnings);
        return;
      }
      locationId = checked.location.id;
      // One row per service and location (the table's unique pair); later repeats are dropped.
      if (pairs.has(locationId)) return;
      const planned = locationPlan(checked.location, `${at}.location`);
      plan.locations.push(planned);
      addLocationAttributes(plan, checked.location, planned);
    } else {
      if (pairs.has(locationId)) return;
      plan.locationRefs.push(locationId);
    }
    pairs.add(locationId);
    const salId = childIdOf(sal.id, at);
    children.serviceAtLocations.push({ id: salId, serviceId, locationId, description: orNull(sal.description) });
    (sal.schedules ?? []).forEach((s, j) => {
      // Linked by the service-at-location alone, as the directory editor stores them.
      children.schedules.push(
        scheduleRow(s, `${at}.schedules.${j}`, { serviceId, locationId: null, serviceAtLocationId: salId }),
      );
    });
    (sal.phones ?? []).forEach((p, j) => {
      children.phones.push(phoneRow(p, `${at}.phones.${j}`, { serviceId, serviceAtLocationId: salId }));
    });
    (sal.contacts ?? []).forEach((c, j) => {
      addContact(plan, c, `${at}.contacts.${j}`, { serviceId, serviceAtLocationId: salId });
    });
  });
}

/** Which kinds of detail the record carries (a list that is there, even empty). */
function presentKinds(record: FeedService): Set<ChildKind> {
  const has: [ChildKind, unknown][] = [
    ['serviceAtLocations', record.service_at_locations],
    ['schedules', record.schedules],
    ['contacts', record.contacts],
    ['phones', record.phones],
    ['costOptions', record.cost_options],
    ['languages', record.languages],
    ['serviceAreas', record.service_areas],
    ['fundings', record.funding ?? record.fundings],
    ['attributes', record.attributes],
  ];
  return new Set(has.filter(([, list]) => list !== undefined).map(([kind]) => kind));
}

export function planService(record: FeedService, index: number): ServicePlan {
  const serviceId = record.id;
  const scope = serviceId;
  const plan: ServicePlan = {
    index,
    organization: record.organization ? organizationRow(record.organization) : null,
    organizationIdentifiers: record.organization ? identifierRows(record.organization) : null,
    service: serviceColumns(record),
    locations: [],
    locationRefs: [],
    children: emptyChildren(),
    present: presentKinds(record),
    taxonomies: [],
    terms: [],
    termRefs: [],
    recordAttributes: [],
    warnings: [],
  };
  const { children } = plan;
  if (record.organization) addOrganizationAttributes(plan, record.organization);
  addServiceAtLocations(plan, record);
  const salIds = new Set(children.serviceAtLocations.map((sal) => sal.id));
  (record.schedules ?? []).forEach((s, i) => {
    const salId = s.service_at_location_id?.toLowerCase();
    const serviceAtLocationId = salId && salIds.has(salId) ? salId : null;
    children.schedules.push(scheduleRow(s, `${scope}:schedules.${i}`, { serviceId, locationId: null, serviceAtLocationId }));
  });

  (record.contacts ?? []).forEach((c, i) => {
    const salId = c.service_at_location_id?.toLowerCase();
    const serviceAtLocationId = salId && salIds.has(salId) ? salId : null;
    addContact(plan, c, `${scope}:contacts.${i}`, { serviceId, serviceAtLocationId });
  });
  // A feed may list a place's schedules and contacts both under it and on the service (the UK
  // profile's only place for them): one row each.
  children.schedules = lastById(children.schedules);
  children.contacts = lastById(children.contacts);
  (record.phones ?? []).forEach((p, i) => {
    children.phones.push(phoneRow(p, `${scope}:phones.${i}`, { serviceId }));
  });
  (record.cost_options ?? []).forEach((c, i) => {
    children.costOptions.push({
      id: childIdOf(c.id, `${scope}:cost_options.${i}`),
      serviceId,
      validFrom: orNull(c.valid_from),
      validTo: orNull(c.valid_to),
      option: orNull(c.option),
      // numeric(10,2): rounded as the database would, so an unchanged feed compares equal.
      amount: c.amount === undefined ? null : Math.round(c.amount * 100) / 100,
      currency: orNull(c.currency),
      amountDescription: orNull(c.amount_description),
    });
  });
  (record.languages ?? []).forEach((l, i) => {
    children.languages.push({
      id: childIdOf(l.id, `${scope}:languages.${i}`),
      serviceId,
      locationId: null,
      phoneId: null,
      name: orNull(l.name),
      code: orNull(l.code),
      note: orNull(l.note),
    });
  });
  (record.service_areas ?? []).forEach((a, i) => {
    children.serviceAreas.push({
      id: childIdOf(a.id, `${scope}:service_areas.${i}`),
      serviceId,
      name: orNull(a.name),
      description: orNull(a.description),
      extent: orNull(a.extent),
      extentType: orNull(a.extent_type),
      uri: orNull(a.uri),
      serviceArea: orNull(a.service_area),
    });
  });
  [...(record.funding ?? []), ...(record.fundings ?? [])].forEach((f, i) => {
    children.fundings.push({
      id: childIdOf(f.id, `${scope}:funding.${i}`),
      organizationId: null,
      serviceId,
      source: orNull(f.source),
    });
  });
  (record.attributes ?? []).forEach((a, i) => {
    addAttribute(plan, a, `${scope}:attributes.${i}`);
  });
  // A contact listed twice brings its phones twice.
  children.phones = lastById(children.phones);
  return plan;
}
