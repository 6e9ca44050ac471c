import { NOTIFICATION_KINDS, type NotificationPreferences } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildSettingsRequest, CHOOSABLE_KINDS, settingsValuesFrom } from './notification-settings-values.ts';

const preferences: NotificationPreferences = {
  items: NOTIFICATION_KINDS.map((kind) => ({
    kind,
    email: kind === 'referral_queued' ? 'off' : 'immediate',
    defaultEmail: 'digest',
    mandatory: kind.startsWith('safeguarding_'),
  })),
};

describe('notification settings values', () => {
  it('offers every kind but the safeguarding ones', () => {
    expect(CHOOSABLE_KINDS).not.toContain('safeguarding_raised');
    expect(CHOOSABLE_KINDS).not.toContain('safeguarding_acknowledged');
    expect(CHOOSABLE_KINDS).toContain('referral_allocated');
  });

  it('starts from the saved choices, leaving the safeguarding kinds out', () => {
    const values = settingsValuesFrom(preferences);
    expect(values.email.referral_queued).toBe('off');
    expect(values.email.referral_allocated).toBe('immediate');
    expect(values.email.safeguarding_raised).toBeUndefined();
  });

  it('sends the choices as they are, never a safeguarding kind', () => {
    const values = settingsValuesFrom(preferences);
    values.email.plan_action_due = 'digest';
    const checked = buildSettingsRequest(values);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.data.email.plan_action_due).toBe('digest');
    expect(checked.data.email.referral_queued).toBe('off');
    expect(Object.keys(checked.data.email)).not.toContain('safeguarding_raised');
  });
});
