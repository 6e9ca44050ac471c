import type { Role } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { linksForRoles } from './role-links.ts';

describe('where each role works from', () => {
  it('gives a referrer the referral form and their referrals', () => {
    expect(linksForRoles(['referrer']).map((link) => link.to)).toEqual(['/referrals/new', '/referrals/mine', '/community']);
  });

  it('lists a place once when two roles share it', () => {
    expect(linksForRoles(['supervisor', 'link_worker', 'link_worker']).map((link) => link.to)).toEqual([
      '/caseload',
      '/referrals/queue',
      '/referrals/new',
      '/referrals/import',
      '/safeguarding',
      '/directory',
      '/unmet-needs',
      '/supervision',
      '/learning',
      '/pulse',
      '/reports',
      '/community',
    ]);
  });

  it('takes PCN managers and commissioners to the reports, and administrators to their settings', () => {
    expect(linksForRoles(['pcn_manager']).map((link) => link.to)).toContain('/reports');
    expect(linksForRoles(['commissioner']).map((link) => link.to)).toEqual(['/directory', '/reports', '/community']);
    expect(linksForRoles(['admin']).map((link) => link.to)).toContain('/reports/settings');
    expect(linksForRoles(['link_worker', 'referrer', 'vcse_provider']).map((link) => link.to)).not.toContain('/reports');
  });

  it('takes a community provider to the referrals sent to them and their services', () => {
    expect(linksForRoles(['vcse_provider']).map((link) => link.to)).toEqual([
      '/provider/referrals',
      '/provider/services',
      '/directory',
      '/community',
    ]);
  });

  it('offers the community to everyone, including members who hold no role, and the outbox to admins', () => {
    expect(linksForRoles([]).map((link) => link.to)).toEqual(['/community']);
    expect(linksForRoles(['admin']).map((link) => link.to)).toContain('/admin/outbox');
  });

  it('offers each role the places it was offered when the menu listed roles', () => {
    const offered: Record<Role, string[]> = {
      referrer: ['/referrals/new', '/referrals/mine'],
      supervisor: [
        '/referrals/queue',
        '/referrals/new',
        '/referrals/import',
        '/safeguarding',
        '/directory',
        '/unmet-needs',
        '/supervision',
        '/learning',
        '/pulse',
        '/reports',
      ],
      link_worker: ['/caseload', '/directory', '/referrals/new', '/unmet-needs', '/supervision', '/learning', '/pulse'],
      vcse_provider: ['/provider/referrals', '/provider/services', '/directory'],
      pcn_manager: [
        '/workforce/posts',
        '/workforce/funding',
        '/implementation-checklist',
        '/supervision',
        '/learning/team',
        '/pulse/results',
        '/reports',
        '/directory',
        '/unmet-needs',
      ],
      commissioner: ['/reports', '/directory'],
      admin: [
        '/admin/users',
        '/admin/organisations',
        '/admin/audit',
        '/admin/referral-reasons',
        '/admin/directory',
        '/admin/directory/taxonomy',
        '/admin/directory/import',
        '/admin/reference-data',
        '/admin/outbox',
        '/admin/learning',
        '/reports/settings',
      ],
    };
    for (const [role, places] of Object.entries(offered) as [Role, string[]][]) {
      const links = linksForRoles([role]).map((link) => link.to);
      expect(new Set(links), role).toEqual(new Set([...places, '/community']));
      expect(links.length, role).toBe(places.length + 1);
    }
  });

  it('lists the places in the same order whichever order the roles come in', () => {
    expect(linksForRoles(['link_worker', 'supervisor'])).toEqual(linksForRoles(['supervisor', 'link_worker']));
  });
});
