import type { ServiceDetail } from '@kith/shared';

/**
 * Phone numbers and email addresses as links a phone or mail program opens. The directory holds
 * what curators typed and what imports brought, so anything that would not make a clean link
 * (letters in a number, spaces or `?` in an address) stays plain text instead.
 */

/** `tel:` link for a UK or international number ("0161 496 0000" → "tel:01614960000"); null when it is not one. */
export function telHref(phone: string): string | null {
  const compact = phone.trim().replace(/[\s().-]/g, '');
  return /^\+?\d{5,20}$/.test(compact) ? `tel:${compact}` : null;
}

/** `mailto:` link for a plain address; null for anything that could carry extra mail headers. */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  return /^[^\s@?&#,;:<>"]+@[^\s@?&#,;:<>"]+\.[^\s@?&#,;:<>"]+$/.test(address) ? `mailto:${address}` : null;
}

/** A way to reach the service, with the contact it belongs to when one is named. */
export interface ReachEntry {
  value: string;
  /** The named contact whose number or address this is; null for the service's own. */
  contactName: string | null;
}

export interface ServiceReach {
  phones: ReachEntry[];
  emails: ReachEntry[];
  /** Named contacts with neither phone nor email: still worth asking for. */
  otherContacts: string[];
}

/**
 * Every phone and email of a service for the top of its page: the service's own first (the
 * number search results show), then its contacts', each once.
 */
export function serviceReach(service: Pick<ServiceDetail, 'phone' | 'email' | 'contacts'>): ServiceReach {
  const phones: ReachEntry[] = [];
  const emails: ReachEntry[] = [];
  const add = (list: ReachEntry[], value: string | null, contactName: string | null) => {
    const trimmed = value?.trim();
    if (!trimmed || list.some((entry) => entry.value === trimmed)) return;
    list.push({ value: trimmed, contactName });
  };
  add(emails, service.email, null);
  // The contacts list also carries the service's own (unnamed) phones, so the summary's phone
  // goes first and the rest follow in the contacts' order.
  const ownPhone = service.contacts.find((c) => c.phone === service.phone);
  add(phones, service.phone, ownPhone?.name ?? null);
  const otherContacts: string[] = [];
  for (const contact of service.contacts) {
    add(phones, contact.phone, contact.name);
    add(emails, contact.email, contact.name);
    if (!contact.phone && !contact.email && contact.name && !otherContacts.includes(contact.name)) {
      otherContacts.push(contact.name);
    }
  }
  return { phones, emails, otherContacts };
}
