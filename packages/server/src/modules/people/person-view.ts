import type { Person, PersonReferral, Referral } from '@kith/shared';
import type { PersonRecord } from '../../access/person-gate-repository.ts';

/** A person's record as the API shows it: every field, instants as ISO strings. */
export function toPerson(row: PersonRecord): Person {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One of the person's referrals (episodes) as their record lists it. */
export function toPersonReferral({ id, status, reasons, createdAt, assignedWorkerName }: Referral): PersonReferral {
  return { id, status, reasons, createdAt, assignedWorkerName };
}
