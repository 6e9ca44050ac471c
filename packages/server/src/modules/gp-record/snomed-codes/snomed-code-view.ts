import type { SnomedCode } from '@kith/shared';
import type { SnomedCodeRow } from './snomed-code-repository.ts';

export function toSnomedCode(row: SnomedCodeRow): SnomedCode {
  return {
    code: row.code,
    term: row.term,
    use: row.use,
    verified: row.verified,
    active: row.active,
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
  };
}
