import { z } from 'zod';
import { Id, text } from './common.ts';
import { DateOfBirth, NhsNumber, PersonInput, Postcode } from './person.ts';
import { ConsentInput } from './referral.ts';

/** Submissions made sooner than this after the form appeared are treated as automated. */
export const SELF_REFERRAL_MIN_FILL_MS = 3_000;

/** What the person is told when they submit faster than {@link SELF_REFERRAL_MIN_FILL_MS}. */
export const SELF_REFERRAL_TOO_FAST_MESSAGE = 'Please take a moment to check your answers';

/** Asked for when neither a phone number nor an email address is given. */
export const SELF_REFERRAL_CONTACT_MESSAGE = 'Enter a phone number or an email address so we can contact you';

/**
 * The person referring themselves. Fewer fields than a professional referral, but enough for a
 * link worker to find and contact them: a phone number or an email address is required.
 */
export const SelfReferralPerson = z
  .object({
    givenName: text(100, 'your first name'),
    familyName: text(100, 'your last name'),
    dateOfBirth: DateOfBirth,
    postcode: Postcode,
    phone: PersonInput.shape.phone,
    email: PersonInput.shape.email,
    nhsNumber: NhsNumber.nullable().optional(),
  })
  .refine((person) => Boolean(person.phone || person.email), {
    message: SELF_REFERRAL_CONTACT_MESSAGE,
    path: ['phone'],
    // Run even when other fields are wrong, so every problem is listed at once — but only on an
    // object: a missing or null person is already reported as `person`, and reading its fields
    // would throw (a 500 instead of a 400).
    when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
  });
export type SelfReferralPerson = z.infer<typeof SelfReferralPerson>;

/** Asked for when the form names neither a GP practice nor a primary care network. */
export const SELF_REFERRAL_PRACTICE_MESSAGE = 'Choose your GP practice';

/**
 * `POST /api/public/self-referrals`: a person refers themselves, without signing in, to the
 * social prescribing service of their GP practice's primary care network. People know their
 * practice, not its PCN, so the form sends `gpPracticeId` and the server finds the PCN;
 * `organisationId` (a PCN) is still accepted from older clients. The referral is marked
 * unverified until a link worker checks it. `website` (a honeypot people never see) and
 * `startedAt` (when the form was shown, ms since the epoch) are spam guards.
 */
export const SelfReferralRequest = z
  .object({
    gpPracticeId: Id.optional(),
    organisationId: Id.optional(),
    person: SelfReferralPerson,
    reasons: z.array(z.string().max(50)).min(1, { message: 'Choose at least one thing you would like help with' }).max(20),
    helpWanted: z.string().trim().max(4000, { message: 'Keep this to 4000 characters or fewer' }).optional(),
    consent: ConsentInput,
    website: z.string().max(500).optional(),
    startedAt: z.number({ message: 'Reload the page and try again' }).int().nonnegative(),
  })
  .refine((request) => Boolean(request.gpPracticeId || request.organisationId), {
    message: SELF_REFERRAL_PRACTICE_MESSAGE,
    path: ['gpPracticeId'],
    // Listed with every other problem at once, as the person's contact details are.
    when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
  });
export type SelfReferralRequest = z.infer<typeof SelfReferralRequest>;

/** `202` answer to a self-referral: a reference to quote, never the personal data sent. */
export const SelfReferralAccepted = z.object({
  reference: z.string(),
  message: z.string(),
});
export type SelfReferralAccepted = z.infer<typeof SelfReferralAccepted>;

/** A GP practice a person may be registered with (names only, public), whose PCN takes their referral. */
export const PublicGpPractice = z.object({ id: Id, name: z.string() });
export const PublicGpPracticeList = z.object({ items: z.array(PublicGpPractice) });
export type PublicGpPracticeList = z.infer<typeof PublicGpPracticeList>;
export type PublicGpPractice = z.infer<typeof PublicGpPractice>;

/** A primary care network a person may refer themselves to (names only, public). */
export const PublicPcn = z.object({ id: Id, name: z.string() });
export const PublicPcnList = z.object({ items: z.array(PublicPcn) });
export type PublicPcnList = z.infer<typeof PublicPcnList>;
export type PublicPcn = z.infer<typeof PublicPcn>;

/** A referral reason as offered on the public form (code and plain-English label). */
export const PublicReferralReason = z.object({ code: z.string(), label: z.string() });
export const PublicReferralReasonList = z.object({ items: z.array(PublicReferralReason) });
export type PublicReferralReasonList = z.infer<typeof PublicReferralReasonList>;
export type PublicReferralReason = z.infer<typeof PublicReferralReason>;
