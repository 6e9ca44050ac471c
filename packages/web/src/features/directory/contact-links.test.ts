import type { ServiceDetail } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { mailtoHref, serviceReach, telHref } from './contact-links.ts';

describe('phone and email links', () => {
  it('dials the digits of a number, keeping a leading +', () => {
    expect(telHref('0161 496 0000')).toBe('tel:01614960000');
    expect(telHref('+44 (0)161-496-0000')).toBe('tel:+4401614960000');
    expect(telHref('Ask at reception')).toBeNull();
    expect(telHref('0161 496 0000 ext 12')).toBeNull();
  });

  it('mails a plain address only', () => {
    expect(mailtoHref(' help@example.org ')).toBe('mailto:help@example.org');
    expect(mailtoHref('help@example.org?bcc=someone@example.org')).toBeNull();
    expect(mailtoHref('not an address')).toBeNull();
    expect(mailtoHref('a@b')).toBeNull();
  });
});

describe('how to reach a service', () => {
  const contact = (id: string, name: string | null, phone: string | null, email: string | null) => ({ id, name, phone, email });

  it("lists the service's own phone and email first, then each contact's once", () => {
    const reach = serviceReach({
      phone: '0161 496 0000',
      email: 'pantry@example.org',
      contacts: [
        contact('1', 'Jo', '0161 496 0001', 'jo@example.org'),
        contact('2', 'Sam', null, 'pantry@example.org'),
        contact('3', 'Kim', null, null),
        contact('4', null, '0161 496 0000', null),
      ] satisfies ServiceDetail['contacts'],
    });
    expect(reach.phones).toEqual([
      { value: '0161 496 0000', contactName: null },
      { value: '0161 496 0001', contactName: 'Jo' },
    ]);
    expect(reach.emails).toEqual([
      { value: 'pantry@example.org', contactName: null },
      { value: 'jo@example.org', contactName: 'Jo' },
    ]);
    expect(reach.otherContacts).toEqual(['Kim']);
  });

  it('names the contact when the first phone is theirs', () => {
    const reach = serviceReach({ phone: '0161 496 0001', email: null, contacts: [contact('1', 'Jo', '0161 496 0001', null)] });
    expect(reach.phones).toEqual([{ value: '0161 496 0001', contactName: 'Jo' }]);
    expect(reach.emails).toEqual([]);
  });
});
