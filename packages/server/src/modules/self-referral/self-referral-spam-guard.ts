import { SELF_REFERRAL_MIN_FILL_MS, SELF_REFERRAL_TOO_FAST_MESSAGE, type SelfReferralRequest } from '@kith/shared';
import { validationError } from '../../errors.ts';

/**
 * The spam guards, before anything is stored. A form sent within a few seconds of being shown is
 * refused (400): people need longer than that to fill it in, scripts do not (measured against
 * the browser's own clock, sent as `startedAt`). A filled-in honeypot field, which people never
 * see, means a bot sent it: the answer is `drop` (answered as accepted, nothing kept).
 */
export function screenSelfReferral(input: Pick<SelfReferralRequest, 'website' | 'startedAt'>, now = Date.now()): 'drop' | 'keep' {
  if ((input.website ?? '').trim() !== '') return 'drop';
  if (now - input.startedAt < SELF_REFERRAL_MIN_FILL_MS) throw validationError('startedAt', SELF_REFERRAL_TOO_FAST_MESSAGE);
  return 'keep';
}
