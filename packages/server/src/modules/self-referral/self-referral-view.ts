import { randomBytes } from 'node:crypto';
import { type PublicReferralReason, referralReference, type SelfReferralAccepted } from '@kith/shared';

/** Shown to whoever refers themselves; deliberately free of anything they sent. */
const SELF_REFERRAL_THANKS =
  'Thank you. Your referral has been sent to the social prescribing team. Someone from the team will contact you. Quote the reference if you call them.';

/** The answer to an accepted self-referral: the start of its id as a reference to quote. */
export function acceptedAnswer(referralId: string): SelfReferralAccepted {
  return { reference: referralReference(referralId), message: SELF_REFERRAL_THANKS };
}

/** The same answer with a reference that looks like a real one, for submissions silently dropped. */
export function decoyAnswer(): SelfReferralAccepted {
  return { reference: randomBytes(4).toString('hex').toUpperCase(), message: SELF_REFERRAL_THANKS };
}

/** A reason as the public form offers it: code and plain-English label, nothing internal. */
export function toPublicReason({ code, label }: PublicReferralReason): PublicReferralReason {
  return { code, label };
}
