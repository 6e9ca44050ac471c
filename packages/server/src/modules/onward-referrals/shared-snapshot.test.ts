import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../access/person-gate-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { buildSharedSnapshot } from './shared-snapshot.ts';

/** Fields taken from the person's record need no query: any use of the database fails the test. */
const noDatabase = new Proxy(
  {},
  {
    get() {
      throw new Error('the person fields must come from the record, not a query');
    },
  },
) as DbOrTx;

function person(overrides: Partial<PersonRecord> = {}): PersonRecord {
  const at = new Date('2026-06-01T09:00:00Z');
  return {
    id: crypto.randomUUID(),
    organisationId: crypto.randomUUID(),
    nhsNumber: null,
    givenName: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: null,
    sex: null,
    genderIdentity: null,
    ethnicCategory: null,
    addressLine1: null,
    addressLine2: null,
    town: null,
    postcode: null,
    phone: null,
    email: null,
    preferredContactMethod: null,
    preferredContactTimes: null,
    contactConsent: false,
    contactConsentRecordedAt: null,
    interpreterNeeded: false,
    language: null,
    accessibleFormats: [],
    registeredPracticeId: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const COMMUNICATION = ['preferredContactMethod', 'language', 'accessibleFormats'] as const;

describe('the shared snapshot of how to communicate with the person', () => {
  it("uses the record's preferred channel and times, interpreter and language, and formats", async () => {
    const shared = await buildSharedSnapshot(
      noDatabase,
      person({
        preferredContactMethod: 'text',
        preferredContactTimes: 'Weekday mornings',
        interpreterNeeded: true,
        language: 'Polish',
        accessibleFormats: ['easy_read', 'bsl'],
      }),
      null,
      COMMUNICATION,
    );
    expect(shared).toEqual({
      preferredContactMethod: 'Text message (Weekday mornings)',
      language: 'Polish (interpreter needed)',
      accessibleFormats: 'Easy read, British Sign Language',
    });
  });

  it('says what is recorded when only part of it is', async () => {
    const shared = await buildSharedSnapshot(
      noDatabase,
      person({ preferredContactTimes: 'After 5pm', interpreterNeeded: true }),
      null,
      COMMUNICATION,
    );
    expect(shared).toEqual({
      preferredContactMethod: 'Best times: After 5pm',
      language: 'Interpreter needed',
      accessibleFormats: 'None needed',
    });
  });

  it('says "Not recorded" for a chosen channel the record does not hold, and leaves unchosen fields out', async () => {
    const shared = await buildSharedSnapshot(noDatabase, person({ language: 'Welsh' }), null, ['preferredContactMethod']);
    expect(shared).toEqual({ preferredContactMethod: 'Not recorded' });
  });
});
