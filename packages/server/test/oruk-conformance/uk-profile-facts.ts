/**
 * What the Open Referral UK 3.0 profile says each record holds, as data Kith's conformance tests
 * check the feed against. Derived by hand from the public sources, not copied from them:
 *  - the core HSDS 3.0 schemas (openreferral/specification, branch 3.0, schema/<resource>.json);
 *  - the UK profile's patches (OpenReferralUK/uk-profile, profile/<resource>.json), applied as a
 *    merge patch where `null` removes a core field or (metadata, meta_table_description, program,
 *    required_document) a whole resource and every reference to it.
 * The result was compared field by field with the profile's own per-resource schemas
 * (uk-profile schema/<resource>.json): same fields, types, formats, enums and required lists.
 * Notably the profile removes service.phones, contact.phones/email, language name/code/note and
 * location.url/phones/schedules, so those are not checked here (extra fields are allowed: no
 * schema in the profile forbids additional properties).
 */

export type StringFormat = 'uuid' | 'uri' | 'email' | 'date-time' | 'date';

export type FieldFact =
  | { kind: 'string'; format?: StringFormat; values?: readonly string[] }
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  /** A nested record of another resource (an object). */
  | { kind: 'one'; of: ResourceName }
  /** An array of records of another resource. */
  | { kind: 'many'; of: ResourceName };

export interface ResourceFacts {
  required: readonly string[];
  fields: Readonly<Record<string, FieldFact>>;
}

const text: FieldFact = { kind: 'string' };
const uuid: FieldFact = { kind: 'string', format: 'uuid' };
const uri: FieldFact = { kind: 'string', format: 'uri' };
const email: FieldFact = { kind: 'string', format: 'email' };
const dateTime: FieldFact = { kind: 'string', format: 'date-time' };
const number: FieldFact = { kind: 'number' };
const integer: FieldFact = { kind: 'integer' };
const boolean: FieldFact = { kind: 'boolean' };
const oneOf = (...values: string[]): FieldFact => ({ kind: 'string', values });
const one = (of: ResourceName): FieldFact => ({ kind: 'one', of });
const many = (of: ResourceName): FieldFact => ({ kind: 'many', of });

export type ResourceName =
  | 'service'
  | 'organization'
  | 'organization_identifier'
  | 'service_at_location'
  | 'location'
  | 'address'
  | 'accessibility'
  | 'schedule'
  | 'service_area'
  | 'language'
  | 'funding'
  | 'cost_option'
  | 'contact'
  | 'phone'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'page'
  | 'api_root';

/** Location and address types share one list in the profile. */
const PLACE_TYPES = ['physical', 'postal', 'virtual'] as const;

export const UK_PROFILE: Readonly<Record<ResourceName, ResourceFacts>> = {
  service: {
    required: ['id', 'name', 'status'],
    fields: {
      id: uuid,
      organization_id: uuid,
      name: text,
      description: text,
      url: uri,
      email: email,
      status: oneOf('active', 'inactive', 'defunct', 'temporarily closed'),
      fees: text,
      accreditations: text,
      minimum_age: number,
      maximum_age: number,
      assured_date: text,
      assurer_email: email,
      alert: text,
      last_modified: dateTime,
      schedules: many('schedule'),
      service_areas: many('service_area'),
      service_at_locations: many('service_at_location'),
      languages: many('language'),
      organization: one('organization'),
      funding: many('funding'),
      cost_options: many('cost_option'),
      contacts: many('contact'),
      attributes: many('attribute'),
    },
  },
  organization: {
    required: ['description', 'id', 'name'],
    fields: {
      id: uuid,
      name: text,
      description: text,
      email: email,
      website: uri,
      logo: text,
      uri: uri,
      parent_organization_id: uuid,
      organization_identifiers: many('organization_identifier'),
      attributes: many('attribute'),
    },
  },
  organization_identifier: {
    required: ['id', 'identifier', 'identifier_type'],
    fields: {
      id: uuid,
      organization_id: uuid,
      identifier_scheme: text,
      identifier_type: text,
      identifier: text,
      attributes: many('attribute'),
    },
  },
  service_at_location: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      location_id: uuid,
      location: one('location'),
    },
  },
  location: {
    required: ['id', 'location_type'],
    fields: {
      id: uuid,
      location_type: oneOf(...PLACE_TYPES),
      name: text,
      description: text,
      latitude: number,
      longitude: number,
      external_identifier: text,
      external_identifier_type: text,
      addresses: many('address'),
      accessibility: many('accessibility'),
      attributes: many('attribute'),
    },
  },
  address: {
    required: ['address_1', 'address_type', 'city', 'country', 'id', 'postal_code', 'state_province'],
    fields: {
      id: uuid,
      location_id: uuid,
      attention: text,
      address_1: text,
      city: text,
      region: text,
      state_province: text,
      postal_code: text,
      country: text,
      address_type: oneOf(...PLACE_TYPES),
      attributes: many('attribute'),
    },
  },
  accessibility: {
    required: ['id'],
    fields: {
      id: uuid,
      location_id: uuid,
      description: text,
      details: text,
      url: uri,
      attributes: many('attribute'),
      accessibility: text,
    },
  },
  schedule: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      service_at_location_id: uuid,
      valid_from: text,
      valid_to: text,
      dtstart: text,
      freq: oneOf('WEEKLY', 'MONTHLY'),
      interval: number,
      byday: text,
      bymonthday: text,
      description: text,
      opens_at: text,
      closes_at: text,
      schedule_link: uri,
      attending_type: text,
      notes: text,
    },
  },
  service_area: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      name: text,
      extent: text,
      extent_type: text,
      uri: text,
      service_area: text,
    },
  },
  language: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      phone_id: uuid,
    },
  },
  funding: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      source: text,
    },
  },
  cost_option: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      valid_from: text,
      valid_to: text,
      option: text,
      amount: number,
      amount_description: text,
    },
  },
  contact: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      name: text,
      title: text,
      attributes: many('attribute'),
    },
  },
  phone: {
    required: ['id', 'number'],
    fields: {
      id: uuid,
      contact_id: uuid,
      number: text,
      description: text,
      languages: many('language'),
    },
  },
  attribute: {
    required: ['id'],
    fields: {
      id: uuid,
      link_id: uuid,
      taxonomy_term_id: uuid,
      link_type: text,
      taxonomy_term: one('taxonomy_term'),
    },
  },
  taxonomy: {
    required: ['description', 'id', 'name'],
    fields: {
      id: uuid,
      name: text,
      description: text,
      uri: uri,
      version: text,
      taxonomy_terms: many('taxonomy_term'),
    },
  },
  taxonomy_term: {
    required: ['description', 'id', 'name'],
    fields: {
      id: uuid,
      name: text,
      description: text,
      parent_id: uuid,
      taxonomy: text,
      taxonomy_id: uuid,
      term_uri: uri,
      term: text,
    },
  },
  /** The paging envelope of every list endpoint (the profile's API description); nothing in it is required. */
  page: {
    required: [],
    fields: {
      total_items: integer,
      total_pages: integer,
      page_number: integer,
      size: integer,
      first_page: boolean,
      last_page: boolean,
      empty: boolean,
    },
  },
  /** `GET /`: which standard the feed follows; the validator reads `version` to pick its API description. */
  api_root: {
    required: [],
    fields: { version: text, profile: uri, openapi_url: uri },
  },
};
