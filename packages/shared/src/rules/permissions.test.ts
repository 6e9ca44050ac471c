import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles.ts';
import { PERMISSIONS, type Permission, roleGrants, rolesGranting } from './permissions.ts';

const ALL = Object.keys(PERMISSIONS) as Permission[];
const heldBy = (role: (typeof ROLES)[number]) => ALL.filter((permission) => roleGrants(role, permission));

describe('the permission table', () => {
  it('grants every permission to at least one role, naming each role once', () => {
    for (const permission of ALL) {
      const roles = rolesGranting(permission);
      expect(roles.length, permission).toBeGreaterThan(0);
      expect(new Set(roles).size, permission).toBe(roles.length);
    }
  });

  it('answers roleGrants exactly as the table lists the roles', () => {
    for (const permission of ALL) {
      for (const role of ROLES) expect(roleGrants(role, permission)).toBe(PERMISSIONS[permission].some((r) => r === role));
    }
  });

  it("keeps people's records and referrals away from administrators, commissioners, referrers and providers", () => {
    for (const permission of ['people:read', 'people:write', 'referrals:read', 'referrals:work', 'safeguarding:raise'] as const) {
      expect(rolesGranting(permission)).not.toContain('admin');
      expect(rolesGranting(permission)).not.toContain('commissioner');
      expect(rolesGranting(permission)).not.toContain('referrer');
      expect(rolesGranting(permission)).not.toContain('vcse_provider');
    }
  });

  it('gives a referrer only the referral form, their referrals, organisations and the directory', () => {
    expect(heldBy('referrer')).toEqual([
      'organisations:read',
      'referrals:create',
      'directory:read',
      'menu:make-referral',
      'menu:your-referrals',
    ]);
  });

  it('shows the referral queue to supervisors and PCN managers, and a caseload to link workers only', () => {
    expect(rolesGranting('referrals:queue')).toEqual(['supervisor', 'pcn_manager']);
    expect(rolesGranting('caseload:hold')).toEqual(['link_worker']);
  });

  it('keeps every administrator-only page to administrators', () => {
    const adminOnly: Permission[] = [
      'organisations:manage',
      'users:read',
      'users:manage',
      'audit:read',
      'reasons:manage',
      'directory:manage',
      'reference-data:manage',
      'learning:manage',
      'reports:configure',
      'community:manage-members',
      'outbox:read',
    ];
    for (const permission of adminOnly) expect(rolesGranting(permission), permission).toEqual(['admin']);
  });
});
