import { OrukImportRequest } from '@kith/shared';
import type { Checked } from '../../api/form-issues.ts';
import { validateWith } from '../../api/form-issues.ts';
import { MAX_FEED_FILE_BYTES, type OrukImportSource } from './streamed-oruk-import.ts';

/** Where the feed comes from, as chosen on the form. */
export interface OrukImportValues {
  kind: 'url' | 'file';
  url: string;
  file: File | null;
}

export const EMPTY_ORUK_IMPORT: OrukImportValues = { kind: 'url', url: '', file: null };

export const ORUK_IMPORT_FIELD_ORDER = ['url', 'file'] as const;

/** The feed to read: a web address the shared schema accepts, or a file small enough to send. */
export function buildOrukSource(values: OrukImportValues): Checked<OrukImportSource> {
  if (values.kind === 'url') {
    const checked = validateWith(OrukImportRequest, { url: values.url.trim() });
    if (!checked.ok) {
      return { ok: false, issues: [checked.issues[0] ?? { path: 'url', message: 'Enter the feed’s web address' }] };
    }
    return { ok: true, data: { kind: 'url', url: checked.data.url } };
  }
  if (!values.file) return { ok: false, issues: [{ path: 'file', message: 'Choose a JSON or NDJSON file' }] };
  if (values.file.size > MAX_FEED_FILE_BYTES) {
    return { ok: false, issues: [{ path: 'file', message: 'The file must be 50 MB or smaller' }] };
  }
  return { ok: true, data: { kind: 'file', file: values.file } };
}

/** Whether a report was for the feed the form names now (a changed address or file needs a new check). */
export function isSameSource(source: OrukImportSource, values: OrukImportValues): boolean {
  return source.kind === 'url'
    ? values.kind === 'url' && values.url.trim() === source.url
    : values.kind === 'file' && values.file === source.file;
}
