import { createHash } from 'node:crypto';
import { type CreateReferralRequest, SEXES } from '@kith/shared';
import { nhsNumberFor } from './nhs-numbers.ts';
import { FAMILY_NAMES, GIVEN_NAMES, POSTCODE_LETTERS, REASON_CODES, STREETS } from './synthetic-text.ts';

/** One referral of a new person, as a referrer's browser would send it. */
export interface IntakeReferral {
  body: CreateReferralRequest;
  /** The JSON text sent (and hashed for the idempotency row). */
  json: string;
  idempotencyKey: string;
}

/** mulberry32: a small seeded generator, so request N of a run is always the same person. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function choose<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/**
 * The `sequence`th referral of NHS number block `block`: a new person (their NHS number is in no
 * other block) with realistic details, referred by a practice into the PCN.
 */
export function intakeReferral(block: number, sequence: number, pcnId: string, practiceIds: readonly string[]): IntakeReferral {
  const random = seededRandom(block * 10_000_000 + sequence);
  const letter = () => choose(random, [...POSTCODE_LETTERS]);
  const birth = new Date(Date.UTC(1935, 0, 1) + Math.floor(random() * 25_500) * 86_400_000);
  const firstReason = choose(random, REASON_CODES);
  const secondReason = choose(random, REASON_CODES);
  const body: CreateReferralRequest = {
    organisationId: pcnId,
    source: 'gp_practice',
    person: {
      nhsNumber: nhsNumberFor(block, sequence),
      givenName: choose(random, GIVEN_NAMES),
      familyName: choose(random, FAMILY_NAMES),
      dateOfBirth: birth.toISOString().slice(0, 10),
      sex: choose(random, SEXES.slice(0, 2)),
      addressLine1: `${1 + Math.floor(random() * 180)} ${choose(random, STREETS)}`,
      town: 'Brightwater',
      postcode: `BW${1 + Math.floor(random() * 20)} ${Math.floor(random() * 10)}${letter()}${letter()}`,
      phone: `07700 9${String(Math.floor(random() * 100_000)).padStart(5, '0')}`,
      preferredContactMethod: 'phone',
      registeredPracticeId: choose(random, practiceIds),
    },
    reasons: firstReason === secondReason ? [firstReason] : [firstReason, secondReason],
    notes: `Bench intake ${block}-${sequence}: would like help to get out more.`,
    urgency: random() < 0.85 ? 'routine' : 'soon',
    consent: { toReferral: true, toDataSharing: random() < 0.95 },
  };
  return { body, json: JSON.stringify(body), idempotencyKey: `bench-intake-${block}-${sequence}` };
}

/** The Idempotency-Key row's request hash: SHA-256 of the request JSON, as the server computes it. */
export function requestHash(body: CreateReferralRequest): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}
