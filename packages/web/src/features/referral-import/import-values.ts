import type { Checked, FormIssue } from '../../api/form-issues.ts';

/** The import form: the network to import into and the chosen file, read as text. */
export interface ImportValues {
  organisationId: string;
  csv: { name: string; text: string } | null;
}

export const IMPORT_FIELD_ORDER = ['organisationId', 'csv'] as const;

/** What to send, check or import alike; the rows themselves are checked by the server. */
export function checkImport(values: ImportValues): Checked<{ organisationId: string; csv: string }> {
  const issues: FormIssue[] = [];
  if (!values.organisationId) issues.push({ path: 'organisationId', message: 'Choose the primary care network' });
  if (!values.csv) issues.push({ path: 'csv', message: 'Choose a CSV file' });
  if (issues.length > 0 || !values.csv) return { ok: false, issues };
  return { ok: true, data: { organisationId: values.organisationId, csv: values.csv.text } };
}
