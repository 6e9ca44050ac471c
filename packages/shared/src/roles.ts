/**
 * The roles a person can hold in an organisation. A membership grants its role over the
 * organisation and every organisation below it in the tree (ICB → PCN → GP practice).
 */
export const ROLES = ['link_worker', 'supervisor', 'referrer', 'vcse_provider', 'pcn_manager', 'commissioner', 'admin'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Human-readable role names for screens. */
export const ROLE_LABELS: Record<Role, string> = {
  link_worker: 'Link worker',
  supervisor: 'Supervisor (senior link worker)',
  referrer: 'Referrer',
  vcse_provider: 'Community (VCSE) provider',
  pcn_manager: 'PCN manager',
  commissioner: 'Commissioner',
  admin: 'Administrator',
};

/**
 * Kinds of organisation. ICB → PCN → GP practice form the NHS tree; VCSE organisations are
 * voluntary, community and social enterprise bodies linked to the PCNs they serve.
 */
export const ORGANISATION_KINDS = ['icb', 'pcn', 'gp_practice', 'vcse'] as const;

/** One of {@link ORGANISATION_KINDS}. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Human-readable organisation kinds. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  icb: 'Integrated Care Board',
  pcn: 'Primary Care Network',
  gp_practice: 'GP practice',
  vcse: 'Voluntary or community organisation',
};

/**
 * Which kind of parent each kind may have. `null` means "may be a root".
 * A VCSE organisation sits under the ICB whose area it works in; it is linked separately to
 * the PCNs it serves.
 */
export const ALLOWED_PARENT_KINDS: Record<OrganisationKind, readonly (OrganisationKind | null)[]> = {
  icb: [null],
  pcn: ['icb'],
  gp_practice: ['pcn'],
  vcse: ['icb'],
};
