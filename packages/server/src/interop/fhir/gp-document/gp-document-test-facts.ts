import type { ClosedStatus, MessageBack } from '@kith/shared';
import type { GpDocumentFacts } from './gp-document-facts.ts';

/**
 * Synthetic facts for a GP document (no real person): for this folder's tests and for anyone who
 * needs a valid document without a database (the bench, other modules' unit tests).
 */

/** "Referral to social prescribing service (procedure)", verified in the domain reference. */
export const TAKEN_UP_CODE = {
  code: '871731000000106',
  term: 'Referral to social prescribing service (procedure)',
  verified: true,
  use: 'taken_up' as const,
};
/** "Social prescribing declined (situation)", verified in the domain reference. */
export const DECLINED_CODE = {
  code: '871711000000103',
  term: 'Social prescribing declined (situation)',
  verified: true,
  use: 'declined' as const,
};
/** A made-up code an admin has not verified: it must never reach the document. */
export const UNVERIFIED_CODE = {
  code: '1000000000000105',
  term: 'Unverified synthetic concept (situation)',
  verified: false,
  use: 'not_reached' as const,
};

/** A synthetic PDF: enough bytes to carry, not a real letter. */
export const SYNTHETIC_PDF = Buffer.from('%PDF-1.4\n% synthetic letter for tests\n%%EOF\n', 'latin1');

const WHAT_HAPPENED: Record<ClosedStatus, string> = {
  discharged: 'The person has been discharged from social prescribing.',
  declined: 'The person declined social prescribing.',
  not_reached:
    'The social prescribing team could not reach the person after 3 attempts to contact them, so the referral has been closed.',
  withdrawn: 'The referral was withdrawn, so the person will not be supported under it.',
  closed_in_error: 'The referral was closed because it was recorded in error.',
};

export function syntheticGpDocumentFacts(
  ending: ClosedStatus,
  overrides: { outcome?: string; messageBack?: Partial<MessageBack> } & Partial<Omit<GpDocumentFacts, 'messageBack'>> = {},
): GpDocumentFacts {
  const { outcome, messageBack, ...rest } = overrides;
  const discharged = ending === 'discharged';
  const endedAt = '2026-11-30T15:45:00.000Z';
  const snomedCodes =
    ending === 'declined'
      ? [DECLINED_CODE, UNVERIFIED_CODE]
      : ending === 'discharged'
        ? [TAKEN_UP_CODE, UNVERIFIED_CODE]
        : [UNVERIFIED_CODE];
  return {
    documentId: '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    generatedAt: new Date('2026-12-01T09:30:00.000Z'),
    person: {
      id: '2b9d6c0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e',
      nhsNumber: '943 476 5919',
      givenName: 'Ada',
      familyName: 'Synthetic',
      dateOfBirth: '1948-03-14',
      sex: 'female',
    },
    practice: { odsCode: 'Y00001', name: 'Riverside Surgery (synthetic)' },
    pcn: { id: '3c0e7d1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f', name: 'Riverside PCN (synthetic)', odsCode: 'U00001' },
    author: { userId: '4d1f8e2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a', name: 'Sam Linkworker' },
    referral: {
      id: '5e2a9f3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b',
      receivedAt: new Date('2026-09-01T10:00:00.000Z'),
      reasons: [
        { code: 'loneliness', label: 'Loneliness or isolation' },
        { code: 'money', label: 'Money worries' },
      ],
      referrerName: 'Dr Example',
      referrerOrganisation: 'Riverside Surgery (synthetic)',
    },
    letter: { title: 'Social prescribing letter', pdf: SYNTHETIC_PDF },
    ...rest,
    messageBack: {
      referralId: '5e2a9f3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b',
      letter: {
        toOrganisation: 'Riverside Surgery (synthetic)',
        referrerName: 'Dr Example',
        personDateOfBirth: '1948-03-14',
        linkWorkerName: 'Sam Linkworker',
        pcnName: 'Riverside PCN (synthetic)',
      },
      personName: 'Ada Synthetic',
      nhsNumber: '943 476 5919',
      ending,
      whatHappened: WHAT_HAPPENED[ending],
      outcome: discharged ? (outcome ?? 'goals_met') : ending,
      reason: discharged ? 'Goals reached with the walking group.' : 'Said they have enough support at the moment.',
      summary: discharged ? 'Joined a walking group and a lunch club; feels less isolated.' : '',
      measureChanges: discharged
        ? [
            { instrument: 'ons4', figure: 'Life satisfaction', baseline: 4, latest: 7, change: 3, improvement: 3 },
            { instrument: 'ons4', figure: 'Anxiety', baseline: 6, latest: 3, change: -3, improvement: 3 },
            { instrument: 'ucla3', figure: 'Loneliness total', baseline: 8, latest: 5, change: -3, improvement: 3 },
          ]
        : [],
      servicesConnected: discharged ? ['Riverside Walking Group', 'Lunch Club at St Anne’s'] : [],
      snomedCodes,
      endedAt,
      dischargedAt: discharged ? endedAt : null,
      ...messageBack,
    },
  };
}
