import { derivedUuid } from '../feed/oruk-json.ts';
import { isOrukId } from '../feed/oruk-query.ts';
import type {
  AddressRow,
  AttributeRow,
  ContactRow,
  CostOptionRow,
  FundingRow,
  LanguageRow,
  LocationOrukColumns,
  OrganizationOrukColumns,
  PhoneRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
  ServiceOrukColumns,
  TaxonomyRow,
  TermRow,
} from '../feed/oruk-rows.ts';
import type {
  FeedAttribute,
  FeedContact,
  FeedLocation,
  FeedOrganization,
  FeedPhone,
  FeedSchedule,
  FeedService,
  FeedTerm,
} from './oruk-feed-schemas.ts';

/**
 * Turns one validated feed service into the rows Kith stores — the inverse of the mappers, so
 * a feed exported by Kith imports back to the same rows. Every row of the service's subtree
 * carries `service_id` (contact phones hang off their contact), which is how the service's
 * details are found and replaced.
 */

export interface LocationPlan {
  row: LocationOrukColumns;
  addresses: AddressRow[];
  /** The location's own opening times. */
  schedules: ScheduleRow[];
}

/** The service's own rows: replaced as a whole when the feed's differ from Kith's. */
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

export interface ServicePlan {
  index: number;
  service: ServiceOrukColumns;
  organization: OrganizationOrukColumns | null;
  locations: LocationPlan[];
  /** Locations named by id only: they must already exist. */
  locationRefs: string[];
  children: ServiceChildren;
  taxonomies: TaxonomyRow[];
  terms: TermRow[];
  /** Terms named by id only: they must already exist. */
  termRefs: string[];
}

/** Name of the taxonomy made for imported terms that do not say which taxonomy they are in. */
export const IMPORTED_TAXONOMY_ID = derivedUuid('imported-taxonomy');

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function childIdOf(raw: string | number | undefined, scope: string): string {
  if (typeof raw === 'string' && isOrukId(raw)) return raw.toLowerCase();
  return derivedUuid(raw === undefined ? scope : `${scope}#${raw}`);
}

function scheduleRow(
  s: FeedSchedule,
  scope: string,
  links: Pick<ScheduleRow, 'serviceId' | 'locationId' | 'serviceAtLocationId'>,
): ScheduleRow {
  return {
    id: childIdOf(s.id, scope),
    ...links,
    validFrom: orNull(s.valid_from),
    validTo: orNull(s.valid_to),
    dtstart: orNull(s.dtstart),
    freq: orNull(s.freq),
    interval: orNull(s.interval),
    byday: orNull(s.byday),
    bymonthday: orNull(s.bymonthday),
    opensAt: orNull(s.opens_at),
    closesAt: orNull(s.closes_at),
    description: orNull(s.description),
    notes: orNull(s.notes),
  };
}

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
  children: ServiceChildren,
  c: FeedContact,
  scope: string,
  links: { serviceId: string; serviceAtLocationId: string | null },
) {
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

function locationPlan(l: FeedLocation, scope: string): LocationPlan {
  return {
    row: {
      id: l.id,
      locationType: l.location_type,
      name: orNull(l.name),
      description: orNull(l.description),
      latitude: orNull(l.latitude),
      longitude: orNull(l.longitude),
      accessibility: orNull(l.accessibility),
      url: orNull(l.url),
    },
    addresses: (l.addresses ?? []).map((a, i) => ({
      id: childIdOf(a.id, `${l.id}:addresses.${i}`),
      locationId: l.id,
      attention: orNull(a.attention),
      address1: a.address_1 ?? '',
      address2: orNull(a.address_2),
      city: a.city ?? '',
      region: orNull(a.region),
      stateProvince: a.state_province ?? '',
      postalCode: a.postal_code ?? '',
      country: a.country ?? 'GB',
      addressType: a.address_type ?? 'physical',
    })),
    schedules: (l.schedules ?? []).map((s, i) =>
      scheduleRow(s, `${scope}.schedules.${i}`, { serviceId: null, locationId: l.id, serviceAtLocationId: null }),
    ),
  };
}

function addTerm(plan: ServicePlan, t: FeedTerm): void {
  const detail = t.taxonomy_detail;
  if (detail) {
    plan.taxonomies.push({
      id: detail.id,
      name: detail.name,
      description: detail.description ?? '',
      uri: orNull(detail.uri),
      version: orNull(detail.version),
    });
  }
  plan.terms.push({
    id: t.id,
    taxonomyId: t.taxonomy_id ?? detail?.id ?? IMPORTED_TAXONOMY_ID,
    parentId: orNull(t.parent_id),
    code: orNull(t.code),
    name: t.name ?? t.term ?? '',
    description: t.description ?? '',
    termUri: orNull(t.term_uri),
  });
}

function addAttribute(plan: ServicePlan, a: FeedAttribute, scope: string): void {
  const termId = a.taxonomy_term?.id ?? a.taxonomy_term_id ?? '';
  if (a.taxonomy_term) addTerm(plan, a.taxonomy_term);
  else plan.termRefs.push(termId);
  plan.children.attributes.push({
    id: childIdOf(a.id, scope),
    linkId: plan.service.id,
    // Kith's own meaning of link_type: the kind of record the term describes.
    linkType: 'service',
    linkEntity: orNull(a.link_entity),
    taxonomyTermId: termId,
    value: orNull(a.value),
    label: orNull(a.label),
  });
}

export function planService(record: FeedService, index: number): ServicePlan {
  const serviceId = record.id;
  const scope = serviceId;
  const plan: ServicePlan = {
    index,
    organization: record.organization ? organizationRow(record.organization) : null,
    service: {
      id: serviceId,
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
      alert: orNull(record.alert),
    },
    locations: [],
    locationRefs: [],
    children: {
      serviceAtLocations: [],
      schedules: [],
      contacts: [],
      phones: [],
      costOptions: [],
      languages: [],
      serviceAreas: [],
      fundings: [],
      attributes: [],
    },
    taxonomies: [],
    terms: [],
    termRefs: [],
  };
  const { children } = plan;
  const pairs = new Set<string>();
  (record.service_at_locations ?? []).forEach((sal, i) => {
    const at = `${scope}:service_at_locations.${i}`;
    const locationId = sal.location?.id ?? sal.location_id ?? '';
    // One row per service and location (the table's unique pair); later repeats are dropped.
    if (pairs.has(locationId)) return;
    pairs.add(locationId);
    if (sal.location) plan.locations.push(locationPlan(sal.location, `${at}.location`));
    else plan.locationRefs.push(locationId);
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
      addContact(children, c, `${at}.contacts.${j}`, { serviceId, serviceAtLocationId: salId });
    });
  });
  (record.schedules ?? []).forEach((s, i) => {
    children.schedules.push(
      scheduleRow(s, `${scope}:schedules.${i}`, { serviceId, locationId: null, serviceAtLocationId: null }),
    );
  });
  (record.contacts ?? []).forEach((c, i) => {
    addContact(children, c, `${scope}:contacts.${i}`, { serviceId, serviceAtLocationId: null });
  });
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
  return plan;
}
