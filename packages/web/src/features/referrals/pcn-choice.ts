import { type MembershipView, type Organisation, roleGrants } from '@kith/shared';
import type { SelectOption } from '../../components/select-field.tsx';

export interface PcnChoice {
  options: SelectOption[];
  /** The PCN to preselect, or '' when the user's roles do not point at exactly one. */
  defaultId: string;
}

const byLabel = (a: SelectOption, b: SelectOption) => a.label.localeCompare(b.label, 'en-GB');

/**
 * The PCNs a referral can go to, and the one to preselect. A role held in a PCN implies that PCN;
 * a role held in a GP practice implies the practice's parent PCN. A referrer at a practice may
 * not be able to read the PCN above it, so that PCN is offered as the link workers serving the
 * practice (its name is not visible to them).
 */
export function pcnChoice(memberships: readonly MembershipView[], organisations: readonly Organisation[]): PcnChoice {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const options: SelectOption[] = organisations
    .filter((organisation) => organisation.kind === 'pcn' && organisation.active)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  const implied = new Set<string>();
  for (const membership of memberships) {
    if (!roleGrants(membership.role, 'referrals:create')) continue;
    if (membership.organisationKind === 'pcn') implied.add(membership.organisationId);
    if (membership.organisationKind !== 'gp_practice') continue;
    const parentId = byId.get(membership.organisationId)?.parentId;
    if (!parentId) continue;
    implied.add(parentId);
    if (!options.some((option) => option.value === parentId)) {
      options.push({ value: parentId, label: `Link workers serving ${membership.organisationName}` });
    }
  }

  options.sort(byLabel);
  const [onlyImplied] = implied.size === 1 ? [...implied] : [];
  const [onlyOption] = options.length === 1 ? options : [];
  return { options, defaultId: onlyImplied ?? onlyOption?.value ?? '' };
}
