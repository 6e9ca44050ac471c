import { CreateReferralRequest, type ImportProblem } from '@kith/shared';
import { parse } from 'csv-parse/sync';

/**
 * The bulk referral CSV layout (one referral per row; header row required). Column names map
 * to API fields so a validation issue can name the column the user must fix.
 */
export const CSV_COLUMNS = {
  given_name: 'person.givenName',
  family_name: 'person.familyName',
  date_of_birth: 'person.dateOfBirth',
  nhs_number: 'person.nhsNumber',
  postcode: 'person.postcode',
  phone: 'person.phone',
  email: 'person.email',
  reasons: 'reasons',
  urgency: 'urgency',
  notes: 'notes',
  consent_to_referral: 'consent.toReferral',
  consent_to_data_sharing: 'consent.toDataSharing',
  referrer_name: 'referrerName',
} as const;
export type CsvColumn = keyof typeof CSV_COLUMNS;
const REQUIRED: CsvColumn[] = ['given_name', 'family_name', 'reasons', 'consent_to_referral', 'consent_to_data_sharing'];

export type RowProblem = ImportProblem;

export interface ParsedRows {
  requests: { row: number; request: CreateReferralRequest }[];
  problems: RowProblem[];
}

/** Parses and validates every row; nothing is written. */
export function parseReferralCsv(csvText: string, organisationId: string): ParsedRows {
  let records: Record<string, string>[];
  try {
    records = parse(csvText, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    return {
      requests: [],
      problems: [{ row: 0, column: '', message: `The file is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (records.length === 0) return { requests: [], problems: [{ row: 1, column: '', message: 'The file has no referral rows' }] };
  if (missing.length > 0)
    return {
      requests: [],
      problems: missing.map((column) => ({ row: 1, column, message: 'This column is missing from the header' })),
    };

  const result: ParsedRows = { requests: [], problems: [] };
  records.forEach((record, index) => {
    const row = index + 2;
    const parsed = CreateReferralRequest.safeParse(toRequest(record, organisationId));
    if (parsed.success) result.requests.push({ row, request: parsed.data });
    else
      for (const issue of parsed.error.issues)
        result.problems.push({ row, column: columnFor(issue.path.join('.')), message: issue.message });
  });
  return result;
}

function toRequest(record: Record<string, string>, organisationId: string) {
  const value = (column: CsvColumn) => (record[column] ?? '').trim() || undefined;
  const yes = (column: CsvColumn) => /^(y|yes|true|1)$/i.test(value(column) ?? '');
  return {
    organisationId,
    person: {
      givenName: value('given_name') ?? '',
      familyName: value('family_name') ?? '',
      dateOfBirth: value('date_of_birth') ?? null,
      nhsNumber: value('nhs_number') ?? null,
      postcode: value('postcode') ?? null,
      phone: value('phone') ?? null,
      email: value('email') ?? null,
    },
    reasons: (value('reasons') ?? '')
      .split(/[;|]/)
      .map((r) => r.trim())
      .filter(Boolean),
    urgency: value('urgency') ?? 'routine',
    notes: value('notes'),
    consent: { toReferral: yes('consent_to_referral'), toDataSharing: yes('consent_to_data_sharing') },
    referrerName: value('referrer_name'),
  };
}

function columnFor(path: string): string {
  const match = Object.entries(CSV_COLUMNS).find(([, field]) => path === field || path.startsWith(`${field}.`));
  return match?.[0] ?? path;
}
