import { ORGANISATION_KINDS } from '@kith/shared';
import { type AnyPgColumn, boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);

/** Organisations form a tree (ICB → PCN → GP practice); VCSE bodies hang off an ICB or stand alone. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    odsCode: text('ods_code').unique(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_parent_idx').on(t.parentId)],
);

/** Which PCNs a VCSE organisation serves (many to many). */
export const vcsePcnLinks = pgTable(
  'vcse_pcn_links',
  {
    vcseId: uuid('vcse_id')
      .notNull()
      .references(() => organisations.id),
    pcnId: uuid('pcn_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.vcseId, t.pcnId] }), index('vcse_pcn_links_pcn_idx').on(t.pcnId)],
);
