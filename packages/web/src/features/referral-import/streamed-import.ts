import { CSRF_HEADER, type ImportReferralsReport, type ImportReferralsRequest } from '@kith/shared';
import { currentCsrfToken } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';

export interface ImportProgress {
  done: number;
  total: number;
}

type StreamLine =
  | { type: 'progress'; done: number; total: number }
  | { type: 'report'; report: ImportReferralsReport }
  | { type: 'error'; error: 'internal'; message: string; issues?: { path: string; message: string }[] };

/**
 * Runs an import with the server streaming one JSON line per imported row, so the page can show
 * real progress; resolves with the report, or throws the server's error as an `ApiError`.
 */
export async function importWithProgress(
  body: ImportReferralsRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReferralsReport> {
  const token = currentCsrfToken();
  const response = await fetch('/api/referrals/import', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson', ...(token ? { [CSRF_HEADER]: token } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) throw new ApiError(response.status, await response.json());
  let report: ImportReferralsReport | null = null;
  for await (const line of readLines(response.body)) {
    const message = JSON.parse(line) as StreamLine;
    if (message.type === 'progress') onProgress({ done: message.done, total: message.total });
    else if (message.type === 'report') report = message.report;
    else
      throw new ApiError(500, {
        error: message.error,
        message: message.message,
        ...(message.issues ? { issues: message.issues } : {}),
      });
  }
  if (!report)
    throw new ApiError(0, {
      error: 'unavailable',
      message: 'The import was cut off. Check the referral queue before trying again.',
    });
  return report;
}

/** Splits a byte stream into text lines as they arrive. */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield line;
  }
  if (buffered.trim()) yield buffered;
}
