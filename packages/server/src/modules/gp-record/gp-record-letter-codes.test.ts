import type { MessageBack } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { dischargeLetter } from '../letters/discharge-letter.ts';
import type { LetterBlock } from '../letters/letter-layout.ts';

/** The letter sent with the GP document lists for the record only the codes the document carries. */
describe('the discharge letter’s codes for the GP record', () => {
  const message = (snomedCodes: MessageBack['snomedCodes']): MessageBack => ({
    referralId: '00000000-0000-4000-8000-000000000001',
    letter: {
      toOrganisation: 'Test Surgery',
      referrerName: null,
      personDateOfBirth: null,
      linkWorkerName: null,
      pcnName: 'Test PCN',
    },
    personName: 'Ada Test',
    nhsNumber: null,
    ending: 'declined',
    whatHappened: 'The person declined social prescribing.',
    outcome: 'declined',
    reason: 'Would rather not',
    summary: '',
    measureChanges: [],
    servicesConnected: [],
    snomedCodes,
    endedAt: '2026-12-07T10:00:00.000Z',
    dischargedAt: null,
  });
  const texts = (blocks: LetterBlock[]) =>
    blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));

  it('asks the practice to enter verified codes only, and marks the others as not verified', () => {
    const lines = texts(
      dischargeLetter(
        message([
          { code: '871711000000103', term: 'Social prescribing declined (situation)', verified: true, use: 'declined' },
          { code: '90000000000101', term: 'Loneliness (made up)', verified: false, use: 'referral_reason' },
        ]),
      ).blocks,
    );
    const ask = lines.indexOf("Please enter these SNOMED CT codes in the person's GP record.");
    const apart = lines.findIndex((line) => line.startsWith('Not verified, so not for the GP record'));
    expect(ask).toBeGreaterThan(-1);
    expect(apart).toBeGreaterThan(ask);
    expect(lines.indexOf('871711000000103: Social prescribing declined (situation)')).toBe(ask + 1);
    expect(lines.indexOf('90000000000101: Loneliness (made up) (not verified)')).toBe(apart + 1);
  });

  it('with no verified code, asks nothing to be entered', () => {
    const lines = texts(
      dischargeLetter(
        message([{ code: '90000000000101', term: 'Loneliness (made up)', verified: false, use: 'referral_reason' }]),
      ).blocks,
    );
    expect(lines).not.toContain("Please enter these SNOMED CT codes in the person's GP record.");
    expect(lines).toContain('90000000000101: Loneliness (made up) (not verified)');
  });
});
