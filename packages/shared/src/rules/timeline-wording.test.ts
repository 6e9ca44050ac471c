import { describe, expect, it } from 'vitest';
import { CONTACT_MODES, REFERRAL_SOURCES } from './person-categories.ts';
import { contactTitle, measureTitle, REFERRAL_ARRIVAL_TITLES } from './timeline-wording.ts';

describe('timeline wording', () => {
  it('says how a referral arrived in words, never the stored code', () => {
    expect(REFERRAL_ARRIVAL_TITLES.gp_practice).toBe('Referred by a GP practice');
    for (const source of REFERRAL_SOURCES) expect(REFERRAL_ARRIVAL_TITLES[source]).not.toMatch(/_/);
  });

  it('names contacts and failed attempts by how they happened', () => {
    expect(contactTitle('face_to_face', true)).toBe('Contact face to face');
    expect(contactTitle('phone', false)).toBe('Failed contact attempt by phone');
    for (const mode of CONTACT_MODES) expect(contactTitle(mode, true)).not.toMatch(/_/);
  });

  it('names a measure and when it was taken', () => {
    expect(measureTitle('ucla3', 'baseline')).toBe('UCLA loneliness recorded at baseline');
  });
});
