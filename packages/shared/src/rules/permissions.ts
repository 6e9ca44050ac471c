import type { Role } from '../roles.ts';

/**
 * The permission matrix: which role may do what. This is the one place that says so. The server's
 * access helpers (`scopeFor`, feature policies) ask `rolesGranting(permission)`, and the web's route
 * guards and menus ask `roleGrants(role, permission)`; neither tests role names itself.
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
  // The PCN's referral queue as a screen: supervisors work it, PCN managers watch it.
  'referrals:queue': ['supervisor', 'pcn_manager'],
  'referrals:triage': ['supervisor'],
  'referrals:allocate': ['supervisor'],
  'referrals:work': ['link_worker', 'supervisor'],
  // Link workers hold a caseload: referrals allocated to them are theirs to work (the caseload
  // screen, "Open the case"); supervisors look at a worker's caseload through `referrals:allocate`.
  'caseload:hold': ['link_worker'],
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
  // A worker's own task list (modules/tasks/): generated from their cases plus manual tasks.
  'tasks:work': ['link_worker', 'supervisor'],
  // The community of practice: admins give members the editor and moderator flags (the flags
  // themselves are checked in modules/community/community-policy.ts) and read the email outbox.
  'community:manage-members': ['admin'],
  'outbox:read': ['admin'],
  // Messages to people (SMS/email through GOV.UK Notify): the care team watches the PCN's
  // messages still waiting or failed, so none is lost; admins keep the wording, not the messages.
  'person-messages:outbox': ['link_worker', 'supervisor'],
  'templates:manage': ['admin'],
  // The GP record: SNOMED CT codes, the practice mailbox directory, deliveries and resending.
  'gp-record:manage': ['admin'],
  // What the web's menu and home page offer as a user's own work, where that is narrower than
  // what they may open: the pages' guards and the API go by the permissions above.
  'menu:make-referral': ['referrer', 'supervisor', 'link_worker'],
  'menu:your-referrals': ['referrer'],
  'menu:import-referrals': ['supervisor'],
  'menu:find-service': ['link_worker', 'supervisor', 'vcse_provider', 'pcn_manager', 'commissioner'],
  'menu:team-learning': ['pcn_manager'],
} as const satisfies Record<string, readonly Role[]>;

/** One of the capabilities in {@link PERMISSIONS}. */
export type Permission = keyof typeof PERMISSIONS;

/** The roles that grant `permission`. */
export function rolesGranting(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

/** Whether holding `role` grants `permission`. */
export function roleGrants(role: Role, permission: Permission): boolean {
  return rolesGranting(permission).includes(role);
}
