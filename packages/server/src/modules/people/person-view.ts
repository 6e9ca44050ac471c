import type { Person, PersonReferral, PersonVersion, Referral } from '@kith/shared';
import type { PersonRecord } from '../../access/person-gate-repository.ts';
import type { StoredVersion } from './person-edit-repository.ts';
import { changedFields } from './person-snapshot.ts';

/** A person's record as the API shows it: every field, instants as ISO strings. */
export function toPerson(row: PersonRecord): Person {
  return {
    ...row,
    contactConsentRecordedAt: row.contactConsentRecordedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One of the person's referrals (episodes) as their record lists it. */
export function toPersonReferral({ id, status, reasons, createdAt, assignedWorkerName }: Referral): PersonReferral {
  return { id, status, reasons, createdAt, assignedWorkerName };
}

/** The record's history, newest first: each version with the fields it changed from the one before. */
export function toPersonVersions(newestFirst: readonly StoredVersion[]): PersonVersion[] {
  return newestFirst.map((stored, index) => {
    const before = newestFirst[index + 1];
    return {
      version: stored.version,
      savedAt: stored.savedAt.toISOString(),
      savedByName: stored.savedByName,
      changedFields: before ? changedFields(before.snapshot, stored.snapshot) : [],
    };
  });
}
