import { CSRF_HEADER, type OrukImportProgress, type OrukImportReport, type OrukImportStreamLine } from '@kith/shared';
import { currentCsrfToken } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { readLines } from '../referral-import/streamed-import.ts';

/** What to import: a feed's base URL, or a file chosen on this computer. */
export type OrukImportSource = { kind: 'url'; url: string } | { kind: 'file'; file: File };

/** The server takes feed files up to this size. */
export const MAX_FEED_FILE_BYTES = 50 * 1024 * 1024;

/** NDJSON files (one service per line) go as such; anything else as a JSON document. */
export function contentTypeFor(fileName: string): string {
  return /\.(ndjson|jsonl)$/i.test(fileName) ? 'application/x-ndjson' : 'application/json';
}

/**
 * `POST /api/directory/import`, with the server streaming one JSON line per batch so the page
 * can show real progress; resolves with the report, or throws the server's error as an
 * `ApiError` (its issues name `url` or `file`).
 */
export async function importOrukWithProgress(
  source: OrukImportSource,
  commit: boolean,
  onProgress: (progress: OrukImportProgress) => void,
): Promise<OrukImportReport> {
  const token = currentCsrfToken();
  const response = await fetch(`/api/directory/import${commit ? '?commit=true' : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': source.kind === 'url' ? 'application/json' : contentTypeFor(source.file.name),
      Accept: 'application/x-ndjson',
      ...(token ? { [CSRF_HEADER]: token } : {}),
    },
    body: source.kind === 'url' ? JSON.stringify({ url: source.url }) : source.file,
  });
  if (!response.ok || !response.body) throw new ApiError(response.status, await response.json());
  let report: OrukImportReport | null = null;
  for await (const line of readLines(response.body)) {
    const message = JSON.parse(line) as OrukImportStreamLine;
    if (message.type === 'progress') {
      const { type: _type, ...progress } = message;
      onProgress(progress);
    } else if (message.type === 'report') {
      report = message.report;
    } else {
      throw new ApiError(message.error === 'validation' ? 400 : 500, {
        error: message.error === 'validation' ? 'validation' : 'internal',
        message: message.message,
        ...(message.issues ? { issues: message.issues } : {}),
      });
    }
  }
  if (!report) {
    throw new ApiError(0, {
      error: 'unavailable',
      message: 'The import was cut off. Services already imported are kept: run it again to finish.',
    });
  }
  return report;
}
