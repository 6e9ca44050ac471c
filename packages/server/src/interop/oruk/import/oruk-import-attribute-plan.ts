import type { AttributeRow } from '../feed/oruk-rows.ts';
import type { FeedAttribute, FeedLocation, FeedOrganization, FeedTerm } from './oruk-feed-schemas.ts';
import { childIdOf, type LocationPlan, orNull } from './oruk-import-location-plan.ts';
import { IMPORTED_TAXONOMY_ID, type ServicePlan } from './oruk-import-plan.ts';

/**
 * Attributes (a taxonomy term linked to a record) in an import plan: the service's own, and those
 * the UK profile nests under its organization, identifiers, locations, addresses, accessibility
 * records and contacts. Each registers its term (or a reference to one Kith must already have).
 */

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
    taxonomy: orNull(t.taxonomy),
    term: orNull(t.term),
  });
}

function attributeRow(plan: ServicePlan, a: FeedAttribute, scope: string, owner: { id: string; kind: string }): AttributeRow {
  const termId = a.taxonomy_term?.id ?? a.taxonomy_term_id ?? '';
  if (a.taxonomy_term) addTerm(plan, a.taxonomy_term);
  else plan.termRefs.push(termId);
  return {
    id: childIdOf(a.id, scope),
    linkId: owner.id,
    // Kith's own meaning of link_type: the kind of record the term describes.
    linkType: owner.kind,
    linkEntity: orNull(a.link_entity),
    taxonomyTermId: termId,
    value: orNull(a.value),
    label: orNull(a.label),
  };
}

export function addAttribute(plan: ServicePlan, a: FeedAttribute, scope: string): void {
  plan.children.attributes.push(attributeRow(plan, a, scope, { id: plan.service.id, kind: 'service' }));
}

/** The attributes of a record nested in the service, when the feed gave its list. */
export function addRecordAttributes(
  plan: ServicePlan,
  list: readonly FeedAttribute[] | undefined,
  owner: { id: string | undefined; kind: string },
): void {
  const { id } = owner;
  if (list === undefined || id === undefined) return;
  plan.recordAttributes.push({
    linkId: id,
    rows: list.map((a, i) => attributeRow(plan, a, `${id}:attributes.${i}`, { id, kind: owner.kind })),
  });
}

/** A location's attributes and those of its addresses and accessibility records. */
export function addLocationAttributes(plan: ServicePlan, location: FeedLocation, planned: LocationPlan): void {
  addRecordAttributes(plan, location.attributes, { id: location.id, kind: 'location' });
  location.addresses?.forEach((a, i) => {
    addRecordAttributes(plan, a.attributes, { id: planned.addresses?.[i]?.id, kind: 'address' });
  });
  if (Array.isArray(location.accessibility) && planned.accessibility?.length === location.accessibility.length) {
    location.accessibility.forEach((a, i) => {
      addRecordAttributes(plan, a.attributes, { id: planned.accessibility?.[i]?.id, kind: 'accessibility' });
    });
  }
}

export function addOrganizationAttributes(plan: ServicePlan, organization: FeedOrganization): void {
  addRecordAttributes(plan, organization.attributes, { id: organization.id, kind: 'organization' });
  organization.organization_identifiers?.forEach((identifier, i) => {
    addRecordAttributes(plan, identifier.attributes, {
      id: plan.organizationIdentifiers?.[i]?.id,
      kind: 'organization_identifier',
    });
  });
}
