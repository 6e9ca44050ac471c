import type { Person, PersonVersion, UpdatePersonRequest } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { PersonRecord } from '../../access/person-gate-repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  findVersions,
  keepVersion,
  latestVersionAuthor,
  lockPerson,
  otherHolderOfNhsNumber,
  saveNextVersion,
} from './person-edit-repository.ts';
import { findLikelyMatches } from './person-repository.ts';
import { changedFields, snapshotOf } from './person-snapshot.ts';
import { toPerson, toPersonVersions } from './person-view.ts';

/**
 * Saves an edit of the person's record if nobody has saved since the editor's `baseVersion`
 * (409 otherwise, naming who did). Every version is kept in `person_versions`; the audit trail
 * names the fields that changed, never their values.
 *
 * Identity follows the duplicate rules of creation (ADR 9): an NHS number held by another record
 * in the PCN is refused (never merged, and nothing about that record is said), and a surname, date
 * of birth and postcode that now match another record need the same confirmation as a new record.
 * A change of surname or date of birth on a record with an NHS number is allowed: that is how a
 * genuine change of name, refused at intake, is reconciled by the team.
 */
export async function updatePerson(db: Db, ctx: RequestContext, personId: string, input: UpdatePersonRequest): Promise<Person> {
  const actor = requireActor(ctx);
  const { via } = await loadPersonFor(db, ctx, personId, 'people:write');
  const { baseVersion, confirmNotDuplicate, ...details } = input;
  const saved = await db.transaction(async (tx) => {
    const current = await lockPerson(tx, personId);
    if (!current) throw notFound('Person');
    if (current.version !== baseVersion) return { stale: current, next: undefined };
    await assertStillDistinct(tx, current, details, confirmNotDuplicate === true);
    await keepVersion(tx, current, null);
    const next = await saveNextVersion(tx, current, details, new Date());
    await keepVersion(tx, next, actor.userId);
    const changed = changedFields(snapshotOf(current), snapshotOf(next));
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'person',
      recordId: personId,
      via,
      detail: { version: next.version, changedFields: changed },
    });
    return { stale: undefined, next };
  });
  if (!saved.next) throw await staleEditConflict(db, saved.stale);
  return toPerson(saved.next);
}

/** The record's history: who saved each version, when, and which fields it changed. */
export async function getPersonVersions(db: Db, ctx: RequestContext, personId: string): Promise<PersonVersion[]> {
  const { via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const versions = toPersonVersions(await findVersions(db, personId));
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'person_versions',
    recordId: personId,
    via,
    detail: { count: versions.length },
  });
  return versions;
}

async function assertStillDistinct(
  tx: DbOrTx,
  current: PersonRecord,
  details: Omit<UpdatePersonRequest, 'baseVersion' | 'confirmNotDuplicate'>,
  confirmed: boolean,
): Promise<void> {
  const nhsNumber = details.nhsNumber ?? null;
  if (
    nhsNumber &&
    nhsNumber !== current.nhsNumber &&
    (await otherHolderOfNhsNumber(tx, { organisationId: current.organisationId, personId: current.id, nhsNumber }))
  ) {
    const message =
      'Another record in this PCN already has this NHS number. Check the number; if both records are this person, ask your supervisor to reconcile them.';
    throw new AppError('conflict', message, { allowed: [], issues: [{ path: 'nhsNumber', message }] });
  }
  // Left out means kept, so the record's own value counts.
  const dateOfBirth = details.dateOfBirth === undefined ? current.dateOfBirth : details.dateOfBirth;
  const postcode = details.postcode === undefined ? current.postcode : details.postcode;
  const identityChanged =
    details.familyName !== current.familyName || dateOfBirth !== current.dateOfBirth || postcode !== current.postcode;
  if (confirmed || !identityChanged || !dateOfBirth || !postcode) return;
  const likely = await findLikelyMatches(tx, {
    organisationId: current.organisationId,
    familyName: details.familyName,
    dateOfBirth,
    postcode,
  });
  if (likely.some((match) => match.id !== current.id)) {
    throw new AppError(
      'conflict',
      'Another record has the same surname, date of birth and postcode. Check it is a different person, then confirm.',
      { allowed: [], issues: [{ path: 'confirmNotDuplicate', message: 'Confirm this is a different person' }] },
    );
  }
}

/** 409 for an edit based on an old version: who saved since, and that nothing was saved. */
async function staleEditConflict(db: Db, current: PersonRecord): Promise<AppError> {
  const by = (await latestVersionAuthor(db, current.id, current.version)) ?? 'someone else';
  return new AppError(
    'conflict',
    `This record was changed since you opened it (version ${current.version}, saved by ${by}). Your changes have not been saved: reload the record and apply them again.`,
    { allowed: [] },
  );
}
