import { type ACCESSIBLE_FORMATS, CONTACT_METHODS, ETHNIC_CATEGORY_CODES, SEXES } from '@kith/shared';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

export const sex = pgEnum('sex', SEXES);
export const ethnicCategory = pgEnum('ethnic_category', ETHNIC_CATEGORY_CODES);
export const contactMethod = pgEnum('contact_method', CONTACT_METHODS);

/**
 * People being supported. A record belongs to the PCN that holds it (`organisationId`); the
 * NHS number is unique within that PCN, so the same number always resolves to one person.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    nhsNumber: text('nhs_number'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    sex: sex('sex'),
    genderIdentity: text('gender_identity'),
    ethnicCategory: ethnicCategory('ethnic_category'),
    addressLine1: text('address_line_1'),
    addressLine2: text('address_line_2'),
    town: text('town'),
    postcode: text('postcode'),
    phone: text('phone'),
    email: text('email'),
    preferredContactMethod: contactMethod('preferred_contact_method'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    language: text('language'),
    /** Free text, e.g. "weekday mornings"; shown beside the preferred channel. */
    preferredContactTimes: text('preferred_contact_times'),
    /** The person agreed to be contacted by SMS, email or letter; Kith sends nothing without it. */
    contactConsent: boolean('contact_consent').notNull().default(false),
    contactConsentRecordedAt: timestamp('contact_consent_recorded_at', { withTimezone: true }),
    accessibleFormats: text('accessible_formats').array().$type<(typeof ACCESSIBLE_FORMATS)[number][]>().notNull().default([]),
    registeredPracticeId: uuid('registered_practice_id').references(() => organisations.id),
    /** Bumped on each edit; every version is kept in `person_versions`. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('people_org_nhs_number_key').on(t.organisationId, t.nhsNumber),
    index('people_match_idx').on(t.organisationId, t.familyName, t.dateOfBirth),
  ],
);
