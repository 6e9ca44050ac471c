import type { Role } from '@kith/shared';

/**
 * The permission matrix: which role may do what. This is the one place that says so; feature
 * policies ask `rolesGranting(permission)` and never test role names themselves.
 */
export const PERMISSIONS = {
  'organisations:read': ['link_worker', 'supervisor', 'referrer', 'vcse_provider', 'pcn_manager', 'commissioner', 'admin'],
  'organisations:manage': ['admin'],
  'users:read': ['admin'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  // The pathway. Referrers only ever see referrals they made (see referral policy).
  'referrals:create': ['referrer', 'link_worker', 'supervisor', 'admin'],
  'referrals:read': ['link_worker', 'supervisor', 'pcn_manager'],
  'referrals:triage': ['supervisor'],
  'referrals:allocate': ['supervisor'],
  'referrals:work': ['link_worker', 'supervisor'],
  'people:read': ['link_worker', 'supervisor'],
  'people:write': ['link_worker', 'supervisor'],
  'reasons:manage': ['admin'],
  // Safeguarding: the care team raises concerns; supervisors (and the PCN's designated leads,
  // see modules/safeguarding/safeguarding-policy.ts) move them on.
  'safeguarding:raise': ['link_worker', 'supervisor'],
  'safeguarding:manage': ['supervisor'],
  // The community service directory. Everyone signed in may search it (the ORUK feed is public
  // anyway); admins curate all of it, VCSE providers their own organisation's services (see
  // modules/directory/directory-policy.ts).
  'directory:read': ['link_worker', 'supervisor', 'referrer', 'vcse_provider', 'pcn_manager', 'commissioner', 'admin'],
  'directory:manage': ['admin'],
  'directory:edit-own': ['vcse_provider'],
  // Closed-loop onward referrals: the care team sends and follows them; providers answer
  // those sent to their own services (modules/onward-referrals/onward-referral-policy.ts).
  'onward:send': ['link_worker', 'supervisor'],
  'onward:read': ['link_worker', 'supervisor', 'pcn_manager'],
  'onward:respond': ['vcse_provider'],
  'unmet-needs:record': ['link_worker', 'supervisor'],
  'unmet-needs:read': ['link_worker', 'supervisor', 'pcn_manager'],
  // Workforce. PCN managers plan posts and funding; admins keep the reference data (pay, caps,
  // on-costs). Supervision notes are further limited to the two parties (supervision policy);
  // the pulse shows only groups of 5 or more (pulse policy).
  'workforce:read': ['pcn_manager', 'supervisor'],
  'workforce:manage': ['pcn_manager'],
  'reference-data:manage': ['admin'],
  'supervision:record': ['supervisor', 'link_worker'],
  'supervision:oversee': ['supervisor', 'pcn_manager'],
  'learning:self': ['link_worker', 'supervisor'],
  'learning:oversee': ['supervisor', 'pcn_manager'],
  'learning:manage': ['admin'],
  'pulse:answer': ['link_worker', 'supervisor'],
  'pulse:manage': ['pcn_manager'],
  'checklist:read': ['pcn_manager', 'supervisor'],
  'checklist:manage': ['pcn_manager'],
  // Impact and pressure reports (modules/reports/). Commissioners see aggregates only, with
  // small-number suppression (report-scope.ts decides who is suppressed); admins keep the
  // capacity settings and the saved ROI assumptions; the care team records healthcare use.
  'reports:view': ['supervisor', 'pcn_manager', 'commissioner'],
  'reports:configure': ['admin'],
  'healthcare-use:record': ['link_worker', 'supervisor'],
  // The community of practice: admins give members the editor and moderator flags (the flags
  // themselves are checked in modules/community/community-policy.ts) and read the email outbox.
  'community:manage-members': ['admin'],
  'outbox:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesGranting(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
