import { randomBytes } from 'node:crypto';
import {
  type PublicPcn,
  type PublicReferralReason,
  SELF_REFERRAL_MIN_FILL_MS,
  SELF_REFERRAL_TOO_FAST_MESSAGE,
  type SelfReferralAccepted,
  type SelfReferralRequest,
} from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, referralReasons, referrals } from '../../db/schema/index.ts';
import { validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { onceForKey } from '../referrals/idempotency.ts';
import { type IntakePerson, mismatchNote, resolveIntakePerson } from '../referrals/intake-person.ts';
import { recordTransition } from '../referrals/referral-status.ts';

/** Shown to whoever refers themselves; deliberately free of anything they sent. */
export const SELF_REFERRAL_THANKS =
  'Thank you. Your referral has been sent to the social prescribing team. Someone from the team will contact you. Quote the reference if you call them.';

/** Active primary care networks, names only: all a member of the public needs to choose one. */
export async function listPublicPcns(db: Db): Promise<PublicPcn[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.kind, 'pcn'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

/** Active referral reasons, as the public form offers them. */
export async function listPublicReasons(db: Db): Promise<PublicReferralReason[]> {
  return db
    .select({ code: referralReasons.code, label: referralReasons.label })
    .from(referralReasons)
    .where(eq(referralReasons.active, true))
    .orderBy(asc(referralReasons.sortOrder), asc(referralReasons.label));
}

/** A reference that looks like a real one, for answers to submissions we silently drop. */
export function decoyReference(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/** Whether the honeypot field, which people never see, was filled in (so a bot sent this). */
export function isHoneypotFilled(input: Pick<SelfReferralRequest, 'website'>): boolean {
  return (input.website ?? '').trim() !== '';
}

/**
 * Refuses a form sent within a few seconds of being shown: people need longer than that to
 * fill it in, scripts do not. Measured against the browser's own clock, sent as `startedAt`.
 */
export function assertTookLongEnough(startedAt: number, now = Date.now()): void {
  if (now - startedAt < SELF_REFERRAL_MIN_FILL_MS) throw validationError('startedAt', SELF_REFERRAL_TOO_FAST_MESSAGE);
}

/**
 * A person refers themselves: the person (matched by NHS number in that PCN, or new) and a
 * referral marked unverified, received in the PCN's queue, in the caller's transaction.
 * Nobody is signed in, so the audit events have no actor even if a session cookie came along.
 */
export async function createSelfReferral(tx: Tx, requestId: string, input: SelfReferralRequest): Promise<SelfReferralAccepted> {
  const ctx: RequestContext = { actor: null, requestId };
  await assertActivePcn(tx, input.organisationId);
  await assertKnownReasons(tx, input.reasons);
  const person = await resolveIntakePerson(
    tx,
    ctx,
    input.organisationId,
    { ...input.person, preferredContactMethod: input.person.phone ? 'phone' : 'email' },
    'keep_apart',
    { source: 'self' },
  );
  const { personId } = person;
  const [row] = await tx
    .insert(referrals)
    .values({
      organisationId: input.organisationId,
      personId,
      source: 'self',
      unverified: true,
      reasons: [...new Set(input.reasons)],
      notes: notesFor(input, person),
      referrerUserId: null,
      referrerName: 'Self-referral',
      referrerOrganisation: null,
      consentToReferral: input.consent.toReferral,
      consentToDataSharing: input.consent.toDataSharing,
      consentRecordedBy: null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, ctx, { action: 'create', recordType: 'referral', recordId: row.id, detail: { source: 'self' } });
  await recordTransition(tx, ctx, row, 'received', 'Self-referral received');
  return { reference: row.id.slice(0, 8).toUpperCase(), message: SELF_REFERRAL_THANKS };
}

async function assertActivePcn(tx: Tx, organisationId: string): Promise<void> {
  const [target] = await tx
    .select({ kind: organisations.kind, active: organisations.active })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  if (target?.kind !== 'pcn' || !target.active)
    throw validationError('organisationId', 'Choose the primary care network your GP practice belongs to');
}

async function assertKnownReasons(tx: Tx, codes: string[]): Promise<void> {
  const rows = await tx
    .select({ code: referralReasons.code })
    .from(referralReasons)
    .where(and(inArray(referralReasons.code, codes), eq(referralReasons.active, true)));
  const known = new Set(rows.map((r) => r.code));
  const unknown = codes.findIndex((code) => !known.has(code));
  // The code is not echoed back: the list the form offers is the only valid one.
  if (unknown >= 0) throw validationError(`reasons.${unknown}`, 'Choose from the list of things we can help with');
}

/**
 * The team's notes: the person's own words, and what they typed when their NHS number matched
 * an existing record (that record is never changed by an unverified form) or belongs to a record
 * whose details differ (kept apart: see `resolveIntakePerson`).
 */
function notesFor(input: SelfReferralRequest, person: IntakePerson): string | null {
  const parts: string[] = [];
  if (input.helpWanted) parts.push(`In their own words: ${input.helpWanted}`);
  if (person.nhsNumberMismatch && input.person.nhsNumber) parts.push(mismatchNote(input.person.nhsNumber));
  if (person.matched) {
    const p = input.person;
    const given = [
      `name ${p.givenName} ${p.familyName}`,
      `date of birth ${p.dateOfBirth}`,
      `postcode ${p.postcode}`,
      p.phone ? `phone ${p.phone}` : null,
      p.email ? `email ${p.email}` : null,
    ].filter(Boolean);
    parts.push(`Matched an existing record by NHS number. Details given on the form: ${given.join(', ')}.`);
  }
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/**
 * The public intake use case: spam guards first (a filled honeypot is answered as accepted and
 * nothing is kept; a form sent too fast is refused), then the referral at most once per
 * Idempotency-Key from this client.
 */
export async function receiveSelfReferral(
  db: Db,
  request: {
    requestId: string;
    clientIp: string;
    idempotencyKey: string | undefined;
    input: SelfReferralRequest;
    log: { info(details: object, message: string): void };
  },
): Promise<{ body: SelfReferralAccepted; replayed: boolean }> {
  if (isHoneypotFilled(request.input)) {
    request.log.info({ spamGuard: 'honeypot' }, 'self-referral dropped');
    return { body: { reference: decoyReference(), message: SELF_REFERRAL_THANKS }, replayed: false };
  }
  assertTookLongEnough(request.input.startedAt);
  const result = await onceForKey(db, `self-referral:${request.clientIp}`, request.idempotencyKey, request.input, async (tx) => ({
    statusCode: 202,
    body: await createSelfReferral(tx, request.requestId, request.input),
  }));
  return { body: result.body, replayed: result.replayed };
}
