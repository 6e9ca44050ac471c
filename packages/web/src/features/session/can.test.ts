import type { MeResponse, Role } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { can, rolesCan } from './can.ts';

function signedIn(...roles: Role[]): MeResponse {
  return {
    user: { id: '00000000-0000-4000-8000-000000000001', email: 'someone@example.org', displayName: 'Someone' },
    memberships: roles.map((role, index) => ({
      organisationId: `00000000-0000-4000-8000-00000000010${index}`,
      organisationName: `Organisation ${index}`,
      organisationKind: 'pcn',
      role,
    })),
    csrfToken: 'token',
    sessionExpiresAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('asking what the signed-in user may do', () => {
  it('allows nothing to nobody', () => {
    expect(can(null, 'directory:read')).toBe(false);
    expect(can(undefined, 'directory:read')).toBe(false);
    expect(can(signedIn(), 'directory:read')).toBe(false);
  });

  it('goes by the roles the user holds, in any organisation', () => {
    const me = signedIn('referrer', 'supervisor');
    expect(can(me, 'referrals:triage')).toBe(true);
    expect(can(me, 'menu:your-referrals')).toBe(true);
    expect(can(me, 'users:manage')).toBe(false);
    expect(can(signedIn('admin'), 'users:manage')).toBe(true);
    expect(can(signedIn('link_worker'), 'referrals:triage')).toBe(false);
  });

  it('allows a list when any one permission in it is granted', () => {
    const either = ['supervision:record', 'supervision:oversee'] as const;
    expect(rolesCan(['link_worker'], either)).toBe(true);
    expect(rolesCan(['pcn_manager'], either)).toBe(true);
    expect(rolesCan(['commissioner', 'referrer'], either)).toBe(false);
    expect(rolesCan(['link_worker'], [])).toBe(false);
  });
});
