import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Query, RawSql } from '../pathway/raw-sql.ts';
import type { OrukServiceRecord } from './oruk-import-file.ts';

/**
 * The import baseline: the same ORUK file read and parsed line by line, its records turned into
 * the rows the import writes, and those rows written with one multi-row INSERT (unnest of array
 * parameters) per table per batch, one transaction per batch. No validation, no comparison with
 * what is stored, no audit: the floor for getting these rows into these tables. `batchSize`
 * services per transaction, the same as the import, so both commit as often.
 */

interface Columns {
  table: string;
  /** Column name and its array type, in order. */
  columns: [string, string][];
  rows: unknown[][];
}

/** Numbers travel as typed arrays; everything else as text[] cast per column (PGlite serialises only built-in array types). */
const ARRAY_TYPES: Record<string, string> = { int: 'int[]', float8: 'float8[]' };

function insertSql({ table, columns }: Columns): string {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 1}::${ARRAY_TYPES[type] ?? 'text[]'}`).join(', ');
  const aliases = columns.map((_, index) => `c${index + 1}`);
  const casts = columns.map(([, type], index) => `c${index + 1}::${type}`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases.join(', ')})`;
}

function tables(): Columns[] {
  return [
    {
      table: 'dir_organizations',
      columns: [
        ['id', 'uuid'],
        ['name', 'text'],
        ['description', 'text'],
        ['website', 'text'],
      ],
      rows: [],
    },
    {
      table: 'dir_services',
      columns: [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['name', 'text'],
        ['description', 'text'],
        ['url', 'text'],
        ['status', 'oruk_service_status'],
        ['fees', 'text'],
      ],
      rows: [],
    },
    {
      table: 'dir_locations',
      columns: [
        ['id', 'uuid'],
        ['location_type', 'location_type'],
        ['name', 'text'],
        ['latitude', 'float8'],
        ['longitude', 'float8'],
      ],
      rows: [],
    },
    {
      table: 'dir_addresses',
      columns: [
        ['id', 'uuid'],
        ['location_id', 'uuid'],
        ['address_1', 'text'],
        ['city', 'text'],
        ['state_province', 'text'],
        ['postal_code', 'text'],
        ['country', 'text'],
        ['address_type', 'text'],
      ],
      rows: [],
    },
    {
      table: 'dir_service_at_locations',
      columns: [
        ['id', 'uuid'],
        ['service_id', 'uuid'],
        ['location_id', 'uuid'],
      ],
      rows: [],
    },
    {
      table: 'dir_schedules',
      columns: [
        ['id', 'uuid'],
        ['service_id', 'uuid'],
        ['freq', 'text'],
        ['interval', 'int'],
        ['byday', 'text'],
        ['opens_at', 'text'],
        ['closes_at', 'text'],
        ['description', 'text'],
      ],
      rows: [],
    },
    {
      table: 'dir_phones',
      columns: [
        ['id', 'uuid'],
        ['service_id', 'uuid'],
        ['number', 'text'],
        ['type', 'text'],
      ],
      rows: [],
    },
    {
      table: 'dir_attributes',
      columns: [
        ['id', 'uuid'],
        ['link_id', 'uuid'],
        ['link_type', 'text'],
        ['link_entity', 'text'],
        ['taxonomy_term_id', 'uuid'],
      ],
      rows: [],
    },
  ];
}

/** Appends one record's rows to the batch (an organisation only the first time it is seen). */
function addRecord(batch: Columns[], record: OrukServiceRecord, seenOrganisations: Set<string>): void {
  const [organisations, services, locations, addresses, sals, schedules, phones, attributes] = batch.map(
    (t) => t.rows,
  ) as unknown[][][];
  const o = record.organization;
  if (!seenOrganisations.has(o.id)) {
    seenOrganisations.add(o.id);
    organisations?.push([o.id, o.name, o.description, o.website]);
  }
  services?.push([
    record.id,
    record.organization_id,
    record.name,
    record.description,
    record.url,
    record.status,
    record.fees ?? null,
  ]);
  for (const sal of record.service_at_locations) {
    const l = sal.location;
    locations?.push([l.id, l.location_type, l.name, l.latitude, l.longitude]);
    for (const a of l.addresses) {
      addresses?.push([a.id, a.location_id, a.address_1, a.city, a.state_province, a.postal_code, a.country, a.address_type]);
    }
    sals?.push([sal.id, record.id, sal.location_id]);
  }
  for (const s of record.schedules) {
    schedules?.push([s.id, record.id, s.freq, s.interval, s.byday, s.opens_at, s.closes_at, s.description]);
  }
  for (const p of record.phones) phones?.push([p.id, record.id, p.number, p.type]);
  for (const a of record.attributes) attributes?.push([a.id, record.id, a.link_type, a.link_entity, a.taxonomy_term_id]);
}

async function flush(sql: RawSql, batch: Columns[]): Promise<number> {
  let written = 0;
  await sql.transaction(async (query: Query) => {
    for (const table of batch) {
      if (table.rows.length === 0) continue;
      // Column-wise arrays: one parameter per column, however many rows.
      const arrays = table.columns.map((_, column) => table.rows.map((row) => row[column]));
      await query(insertSql(table), arrays);
      written += table.rows.length;
    }
  });
  for (const table of batch) table.rows = [];
  return written;
}

/** Reads the NDJSON file and writes its rows; returns services and rows written. */
export async function bulkLoadOrukFile(
  sql: RawSql,
  path: string,
  batchSize: number,
): Promise<{ services: number; rows: number }> {
  const batch = tables();
  const seenOrganisations = new Set<string>();
  let services = 0;
  let rows = 0;
  let inBatch = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    addRecord(batch, JSON.parse(line) as OrukServiceRecord, seenOrganisations);
    services++;
    if (++inBatch === batchSize) {
      rows += await flush(sql, batch);
      inBatch = 0;
    }
  }
  if (inBatch > 0) rows += await flush(sql, batch);
  return { services, rows };
}
