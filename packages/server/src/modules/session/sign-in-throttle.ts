import type { DbOrTx } from '../../db/client.ts';
import {
  type ClientFailures,
  deleteFailuresBefore,
  findClientFailures,
  insertFirstFailure,
  sumAccountFailuresSince,
  updateFailuresIfUnchanged,
} from './sign-in-throttle-repository.ts';

/**
 * Sign-in throttling (ADR 0002) that slows password guessing without letting anyone lock a
 * clinician out. Failures are counted per email address *and* client (IP address), whether or
 * not the account exists, so the answers never reveal which addresses are real.
 *
 * - One client: after `freeFailures` failures in a row it must wait before its next attempt,
 *   5 s doubling with each further failure up to `maxDelayMinutes`. Only that client waits.
 * - One account, every client: when the address has had `accountFailures` failures within
 *   `accountWindowMinutes` (a guesser spread over many addresses), every client that has
 *   failed for it must wait at least `accountDelaySeconds` after its own last failure. A client
 *   with no failures of its own — the real person on their usual machine — is never held up,
 *   so no amount of failures from elsewhere locks the account.
 *
 * Throttled attempts are refused before the password is checked and are not counted, so
 * hammering does not lengthen the wait and a guess made while throttled is never evaluated.
 * An allowed attempt is counted as a failure *before* the password is checked, by a
 * compare-and-set on the client's row, so attempts sent at the same moment cannot all slip
 * through on one reading of the count; a success then clears the client's row.
 */
export interface ThrottlePolicy {
  /** Failures in a row from one client before it has to wait. */
  freeFailures: number;
  /** The longest one client waits between attempts. */
  maxDelayMinutes: number;
  /** Failures for one address from every client, within the window, that count as an attack. */
  accountFailures: number;
  accountWindowMinutes: number;
  /** During an attack, the least a client with failures of its own waits between attempts. */
  accountDelaySeconds: number;
}

/** The first wait once a client has used its free failures; it doubles with each failure after. */
export const BASE_DELAY_SECONDS = 5;
/** A client's failures are forgotten after this long without one (and the row is purged). */
export const FORGET_AFTER_MS = 24 * 3_600_000;

/** What throttling knows about one attempt. */
export interface ThrottleState {
  /** Failures in a row from this client for this address (0 when none in the last day). */
  clientFailures: number;
  clientLastFailureAt: Date | null;
  /** Failures for this address from every client within the account window. */
  accountFailures: number;
  /** The client's row as read, whatever its age: what {@link reserveAttempt} compares against. */
  row?: ClientFailures | null;
}

/** How long one client waits after its `failures`-th failure in a row, in seconds, from the client's count alone. */
export function clientDelaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.maxDelayMinutes * 60, BASE_DELAY_SECONDS * 2 ** doublings);
}

/** Seconds until this attempt may be evaluated, or 0 when it may be now. */
export function secondsToWait(state: ThrottleState, now: Date, policy: ThrottlePolicy): number {
  if (state.clientFailures === 0 || !state.clientLastFailureAt) return 0;
  let delay = clientDelaySeconds(state.clientFailures, policy);
  if (state.accountFailures >= policy.accountFailures) delay = Math.max(delay, policy.accountDelaySeconds);
  const allowedAt = state.clientLastFailureAt.getTime() + delay * 1000;
  return Math.max(0, Math.ceil((allowedAt - now.getTime()) / 1000));
}

/** One sign-in attempt: the account's email, the client (IP address) it comes from, and when. */
export interface SignInAttempt {
  email: string;
  client: string;
  now: Date;
}

/** Reads the counts for `email` from `client` and across every client. */
export async function readThrottleState(db: DbOrTx, attempt: SignInAttempt, policy: ThrottlePolicy): Promise<ThrottleState> {
  const { email, client, now } = attempt;
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const windowStart = new Date(now.getTime() - policy.accountWindowMinutes * 60_000);
  const row = await findClientFailures(db, email, client);
  if (!row || row.lastFailureAt <= forgetBefore) {
    return { clientFailures: 0, clientLastFailureAt: null, accountFailures: 0, row: row ?? null };
  }
  return {
    clientFailures: row.failures,
    clientLastFailureAt: row.lastFailureAt,
    accountFailures: await sumAccountFailuresSince(db, email, windowStart),
    row,
  };
}

/**
 * Counts this attempt as a failure in advance, only if the client's row is still as `state`
 * read it (a fresh count when its last failure was over a day ago). False when another attempt
 * from the same client got in between: the caller refuses this one as throttled.
 */
export async function reserveAttempt(db: DbOrTx, attempt: SignInAttempt, state: ThrottleState): Promise<boolean> {
  const { email, client, now } = attempt;
  if (!state.row) return insertFirstFailure(db, email, client, now);
  return updateFailuresIfUnchanged(db, { email, client, seen: state.row, failures: state.clientFailures + 1, at: now });
}

/** Housekeeping: forgets counts with no failure for a day. */
export async function purgeOldFailures(db: DbOrTx, now: Date): Promise<void> {
  await deleteFailuresBefore(db, new Date(now.getTime() - FORGET_AFTER_MS));
}
