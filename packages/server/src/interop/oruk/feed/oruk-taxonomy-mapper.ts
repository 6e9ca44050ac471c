import { compact, feedIdentifierUri } from './oruk-json.ts';
import type { AttributeWithTerm, TaxonomyRow, TermRow } from './oruk-rows.ts';

/**
 * ORUK 3.0 taxonomy, taxonomy_term and attribute. An attribute links a term to a record
 * (Kith links need terms to services); its `taxonomy_term` is nested so a feed carries the
 * terms it uses. https://openreferraluk.org — HSDS 3.0 taxonomy_term / attribute.
 */

export function toOrukTaxonomy(row: TaxonomyRow) {
  return compact({
    id: row.id,
    name: row.name,
    description: row.description,
    uri: feedIdentifierUri(row.uri),
    version: row.version,
  });
}

export function toOrukTaxonomyTerm(row: TermRow, taxonomy?: TaxonomyRow | null) {
  return compact({
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    parent_id: row.parentId,
    taxonomy_id: row.taxonomyId,
    term_uri: feedIdentifierUri(row.termUri),
    taxonomy: row.taxonomy,
    term: row.term,
    taxonomy_detail: taxonomy ? toOrukTaxonomy(taxonomy) : null,
  });
}

export function toOrukAttribute(row: AttributeWithTerm) {
  return compact({
    id: row.id,
    link_id: row.linkId,
    link_type: row.linkType,
    link_entity: row.linkEntity,
    taxonomy_term_id: row.taxonomyTermId,
    value: row.value,
    label: row.label,
    taxonomy_term: toOrukTaxonomyTerm(row.term, row.taxonomy),
  });
}

/**
 * The attributes of a record nested in another (an organisation, location, address, contact…):
 * left out when it has none, so records without any keep their shape.
 */
export function nestedAttributes(attributes: ReadonlyMap<string, AttributeWithTerm[]> | undefined, id: string) {
  const list = attributes?.get(id) ?? [];
  return list.length > 0 ? list.map(toOrukAttribute) : undefined;
}
