import type { ContactMethod, MessageTemplateKey } from '@kith/shared';

/** What each template is called on screens. */
export const TEMPLATE_WORDS: Record<MessageTemplateKey, string> = {
  appointment_confirmation: 'Appointment confirmation',
  appointment_reminder: 'Appointment reminder',
  free_text: 'Message',
};

/** The person's preferred way of being contacted, in words. */
export const CONTACT_METHOD_WORDS: Record<ContactMethod, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
};
