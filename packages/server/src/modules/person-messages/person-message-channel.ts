import type { ContactMethod, MessageChannel } from '@kith/shared';

/** What the channel rules read of a person. */
export interface ContactablePerson {
  contactConsent: boolean;
  preferredContactMethod: ContactMethod | null;
  phone: string | null;
  email: string | null;
}

export type ChannelDecision =
  | { channel: MessageChannel; recipient: string; refusal: null }
  | { channel: null; recipient: null; refusal: string };

/**
 * How Kith may message the person, or why it may not: only with recorded consent, and only
 * through the channel they prefer — a text message when they prefer texts and have a UK mobile,
 * an email when they prefer email and have an address. Nothing is sent another way instead.
 */
export function decideChannel(person: ContactablePerson): ChannelDecision {
  const refuse = (refusal: string): ChannelDecision => ({ channel: null, recipient: null, refusal });
  if (!person.contactConsent) return refuse('The person has not agreed to be contacted by text or email');
  switch (person.preferredContactMethod) {
    case 'text': {
      const mobile = person.phone ? ukMobileNumber(person.phone) : null;
      if (!mobile) return refuse('The person prefers text messages but has no UK mobile number on their record');
      return { channel: 'sms', recipient: mobile, refusal: null };
    }
    case 'email':
      if (!person.email) return refuse('The person prefers email but has no email address on their record');
      return { channel: 'email', recipient: person.email, refusal: null };
    case null:
      return refuse('The person has no preferred way of being contacted on their record');
    default:
      return refuse(
        `The person prefers to be contacted ${PREFERRED_WORDING[person.preferredContactMethod]}, not by text or email`,
      );
  }
}

const PREFERRED_WORDING: Record<Exclude<ContactMethod, 'text' | 'email'>, string> = {
  phone: 'by phone',
  letter: 'by letter',
  in_person: 'in person',
};

/**
 * A UK mobile number in its national form (07…), or null: spaces, brackets and dashes are
 * ignored, and +44 / 0044 / 44 prefixes accepted, as GOV.UK Notify accepts them.
 */
export function ukMobileNumber(phone: string): string | null {
  const digits = phone.replace(/[\s()\-.]/g, '');
  const national = digits.replace(/^(\+44|0044|44)(?=7)/, '0');
  return /^07\d{9}$/.test(national) ? national : null;
}
