import type { Role } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { linksForRoles } from './role-links.ts';

/** The places each role was offered when the menu listed roles (every role is offered the community too). */
const OFFERED: Record<Role, string[]> = {
  referrer: ['/referrals/new', '/referrals/mine'],
  supervisor: [
    '/tasks',
    '/referrals/queue',
    '/appointments/team',
    '/referrals/new',
    '/referrals/import',
    '/safeguarding',
    '/directory',
    '/unmet-needs',
    '/person-messages',
    '/supervision',
    '/learning',
    '/pulse',
    '/reports',
  ],
  link_worker: [
    '/caseload',
    '/appointments',
    '/tasks',
    '/directory',
    '/referrals/new',
    '/unmet-needs',
    '/person-messages',
    '/supervision',
    '/learning',
    '/pulse',
  ],
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
    '/admin/gp-deliveries',
    '/admin/practice-mailboxes',
    '/admin/snomed-codes',
    '/admin/directory',
    '/admin/directory/taxonomy',
    '/admin/directory/import',
    '/admin/reference-data',
    '/admin/outbox',
    '/admin/message-templates',
    '/admin/learning',
    '/reports/settings',
  ],
};

const placesFor = (roles: Role[]) => linksForRoles(roles).map((link) => link.to);

describe('where each role works from', () => {
  it('gives a referrer the referral form and their referrals', () => {
    expect(placesFor(['referrer'])).toEqual(['/referrals/new', '/referrals/mine', '/community']);
  });

  it('lists a place once when two roles share it', () => {
    // A link worker's places are all a supervisor's but the caseload and their calendar, which come first.
    expect(placesFor(['supervisor', 'link_worker', 'link_worker'])).toEqual([
      '/caseload',
      '/appointments',
      ...OFFERED.supervisor,
      '/community',
    ]);
  });

  it('takes PCN managers and commissioners to the reports, and administrators to their settings', () => {
    expect(placesFor(['pcn_manager'])).toContain('/reports');
    expect(placesFor(['commissioner'])).toEqual(['/directory', '/reports', '/community']);
    expect(placesFor(['admin'])).toContain('/reports/settings');
    expect(placesFor(['link_worker', 'referrer', 'vcse_provider'])).not.toContain('/reports');
  });

  it('takes a community provider to the referrals sent to them and their services', () => {
    expect(placesFor(['vcse_provider'])).toEqual(['/provider/referrals', '/provider/services', '/directory', '/community']);
  });

  it('offers the community to everyone, including members who hold no role, and the outbox to admins', () => {
    expect(placesFor([])).toEqual(['/community']);
    expect(placesFor(['admin'])).toContain('/admin/outbox');
  });

  it('offers each role the places it was offered when the menu listed roles', () => {
    for (const [role, places] of Object.entries(OFFERED) as [Role, string[]][]) {
      const links = placesFor([role]);
      expect(new Set(links), role).toEqual(new Set([...places, '/community']));
      expect(links.length, role).toBe(places.length + 1);
    }
  });

  it('lists the places in the same order whichever order the roles come in', () => {
    expect(linksForRoles(['link_worker', 'supervisor'])).toEqual(linksForRoles(['supervisor', 'link_worker']));
  });
});
