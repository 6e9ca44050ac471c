import { and, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.ts';
import {
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryFundings,
  directoryLanguages,
  directoryLocations,
  directoryOrganisations,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
} from '../../db/schema/index.ts';
import type { LocationPlan, ServiceChildren, ServicePlan } from './oruk-import-plan.ts';
import { anyUuid } from './oruk-json.ts';
import type { OrganizationOrukColumns, TaxonomyRow, TermRow } from './oruk-rows.ts';

/**
 * Writes one batch of an import inside the caller's transaction: upserts by ORUK id, and for
 * each changed service replaces its detail rows by the feed's. Statements are bulk (one per
 * table per chunk), never one per record.
 */

export interface BatchWrite {
  /** Taxonomies named by terms but not described by the feed: created only if missing. */
  placeholderTaxonomies: TaxonomyRow[];
  taxonomies: TaxonomyRow[];
  terms: TermRow[];
  organizations: OrganizationOrukColumns[];
  /** New or changed locations, with their addresses and own opening times. */
  locations: LocationPlan[];
  createdServices: ServicePlan[];
  changedServices: ServicePlan[];
}

type TableWithId = PgTable & { id: AnyPgColumn };

/** Keeps the last row for each id: PostgreSQL refuses an upsert touching one row twice. */
export function lastById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** Rows per statement: big enough to amortise a round trip, small enough for PGlite's memory. */
const ROWS_PER_STATEMENT = 2000;

/**
 * A PostgreSQL array literal (`{"a",NULL,"b"}`), built here so both drivers send the same text
 * whatever the element type (PGlite cannot serialise arrays of enums itself).
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}

/**
 * Inserts rows, or on an existing id overwrites the columns the rows carry (but those in
 * `keep`). Each column travels as one array parameter and `unnest` turns them back into rows:
 * a statement with a dozen parameters however many rows, far cheaper to build, send and plan
 * than a VALUES list with one parameter per field.
 */
async function upsertById(tx: Tx, table: TableWithId, rows: readonly object[], keep: readonly string[] = []): Promise<void> {
  const unique = lastById(rows as { id: string }[]) as unknown as Record<string, unknown>[];
  const first = unique[0];
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const keys = Object.keys(first).filter((key) => columns[key]);
  const names = keys.map((key) => `"${columns[key]?.name}"`);
  const updates = keys
    .filter((key) => key !== 'id' && !keep.includes(key))
    .map((key) => `"${columns[key]?.name}" = excluded."${columns[key]?.name}"`);
  const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  for (let start = 0; start < unique.length; start += ROWS_PER_STATEMENT) {
    const chunk = unique.slice(start, start + ROWS_PER_STATEMENT);
    const arrays = keys.map(
      (key) => sql`${arrayLiteral(chunk.map((row) => row[key]))}::${sql.raw(columns[key]?.getSQLType() ?? 'text')}[]`,
    );
    await tx.execute(
      sql`INSERT INTO ${table} (${sql.raw(names.join(', '))}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)}) ON CONFLICT ("id") ${sql.raw(onConflict)}`,
    );
  }
}

async function insertMissing(tx: Tx, table: TableWithId, rows: readonly object[]): Promise<void> {
  await upsertById(tx, table, rows, Object.keys(rows[0] ?? {}));
}

async function replaceLocations(tx: Tx, locations: LocationPlan[], at: Date): Promise<void> {
  if (locations.length === 0) return;
  const ids = locations.map((l) => l.row.id);
  await upsertById(
    tx,
    directoryLocations,
    locations.map((l) => ({ ...l.row, createdAt: at, updatedAt: at })),
    ['createdAt'],
  );
  await tx.delete(directoryAddresses).where(anyUuid(directoryAddresses.locationId, ids));
  await tx
    .delete(directorySchedules)
    .where(
      and(
        anyUuid(directorySchedules.locationId, ids),
        isNull(directorySchedules.serviceId),
        isNull(directorySchedules.serviceAtLocationId),
      ),
    );
  await upsertById(
    tx,
    directoryAddresses,
    locations.flatMap((l) => l.addresses),
  );
  await upsertById(
    tx,
    directorySchedules,
    locations.flatMap((l) => l.schedules),
  );
}

async function deleteServiceChildren(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(directoryAttributes).where(anyUuid(directoryAttributes.linkId, ids));
  // Deleting contacts and service-at-locations cascades to their phones, schedules and contacts.
  await tx.delete(directoryContacts).where(anyUuid(directoryContacts.serviceId, ids));
  await tx.delete(directoryServiceAtLocations).where(anyUuid(directoryServiceAtLocations.serviceId, ids));
  for (const table of [
    directoryPhones,
    directorySchedules,
    directoryCostOptions,
    directoryLanguages,
    directoryServiceAreas,
    directoryFundings,
  ]) {
    await tx.delete(table).where(anyUuid(table.serviceId, ids));
  }
}

async function insertServiceChildren(tx: Tx, plans: ServicePlan[]): Promise<void> {
  const all = (key: keyof ServiceChildren): object[] => plans.flatMap((p): object[] => p.children[key]);
  // Upserts, not inserts: a feed may move a detail record from one service to another.
  await upsertById(tx, directoryServiceAtLocations, all('serviceAtLocations'));
  await upsertById(tx, directoryContacts, all('contacts'));
  await upsertById(tx, directoryPhones, all('phones'));
  await upsertById(tx, directorySchedules, all('schedules'));
  await upsertById(tx, directoryCostOptions, all('costOptions'));
  await upsertById(tx, directoryLanguages, all('languages'));
  await upsertById(tx, directoryServiceAreas, all('serviceAreas'));
  await upsertById(tx, directoryFundings, all('fundings'));
  await upsertById(tx, directoryAttributes, all('attributes'));
}

export async function writeBatch(tx: Tx, write: BatchWrite, at: Date): Promise<void> {
  await insertMissing(tx, directoryTaxonomies, write.placeholderTaxonomies);
  await upsertById(tx, directoryTaxonomies, write.taxonomies);
  await upsertById(tx, directoryTaxonomyTerms, write.terms);
  await upsertById(
    tx,
    directoryOrganisations,
    write.organizations.map((o) => ({ ...o, createdAt: at, updatedAt: at })),
    ['createdAt'],
  );
  await replaceLocations(tx, write.locations, at);
  // New services take Kith's defaults for its own fields (signpost only, open); an update
  // overwrites only the ORUK columns, so capacity, funding and verification are kept.
  const services = [...write.createdServices, ...write.changedServices];
  await upsertById(
    tx,
    directoryServices,
    services.map((p) => ({ ...p.service, createdAt: at, updatedAt: at })),
    ['createdAt'],
  );
  await deleteServiceChildren(
    tx,
    write.changedServices.map((p) => p.service.id),
  );
  await insertServiceChildren(tx, services);
}
