import { describe, expect, it } from 'vitest';
import { linksForRoles } from './role-links.ts';

describe('where each role works from', () => {
  it('gives a referrer the referral form and their referrals', () => {
    expect(linksForRoles(['referrer']).map((link) => link.to)).toEqual(['/referrals/new', '/referrals/mine', '/community']);
  });

  it('lists a place once when two roles share it', () => {
    expect(linksForRoles(['supervisor', 'link_worker', 'link_worker']).map((link) => link.to)).toEqual([
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
      '/caseload',
      '/community',
    ]);
  });

  it('takes PCN managers and commissioners to the reports, and administrators to their settings', () => {
    expect(linksForRoles(['pcn_manager']).map((link) => link.to)).toContain('/reports');
    expect(linksForRoles(['commissioner']).map((link) => link.to)).toEqual(['/reports', '/directory', '/community']);
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
});
