import { describe, expect, it } from 'vitest';
import { buildOnwardReferralRequest, emptyOnwardReferralForm } from './onward-referral-form-values.ts';

const SERVICE = '5e3d0000-0000-4000-8000-0000000000aa';
const EPISODE = '5e3d0000-0000-4000-8000-0000000000bb';

describe('the onward referral form', () => {
  it('starts with only the name and phone number ticked, and no consent', () => {
    const empty = emptyOnwardReferralForm();
    expect(empty.sharedFields).toEqual(['name', 'phone']);
    expect(empty.consentGiven).toBe(false);
    expect(empty.referralId).toBe('');
  });

  it('sends the ticked fields in the form order, with the episode when one is chosen', () => {
    const result = buildOnwardReferralRequest(SERVICE, {
      referralId: EPISODE,
      sharedFields: ['phone', 'referralReasons', 'name'],
      note: '  Mornings are best  ',
      consentGiven: true,
    });
    expect(result).toEqual({
      ok: true,
      data: {
        serviceId: SERVICE,
        referralId: EPISODE,
        sharedFields: ['name', 'phone', 'referralReasons'],
        note: 'Mornings are best',
        consentGiven: true,
      },
    });
  });

  it('sends no episode when none is chosen', () => {
    const result = buildOnwardReferralRequest(SERVICE, { ...emptyOnwardReferralForm(), consentGiven: true });
    expect(result.ok && result.data.referralId).toBeNull();
  });

  it('names the shared fields and the consent, in that order, when neither is given', () => {
    const result = buildOnwardReferralRequest(SERVICE, {
      referralId: '',
      sharedFields: [],
      note: '',
      consentGiven: false,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'sharedFields', message: 'Choose at least one detail to share' },
      { path: 'consentGiven', message: 'Confirm the person agrees to this referral and to sharing these details' },
    ]);
  });
});
