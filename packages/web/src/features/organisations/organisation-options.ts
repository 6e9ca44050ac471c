import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '@kith/shared';
import type { SelectOptionGroup } from '../../components/select-field.tsx';

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'en-GB');

function labelOf(organisation: Organisation): string {
  const ods = organisation.odsCode ? ` (${organisation.odsCode})` : '';
  const inactive = organisation.active ? '' : ' – inactive';
  return `${organisation.name}${ods}${inactive}`;
}

/**
 * Organisations as `<select>` options grouped by kind, in NHS tree order (ICB, PCN, practice,
 * VCSE). `kinds` limits which kinds are offered; inactive ones are left out unless `keepIds`
 * names them (so a form can still show a current value that has since been deactivated).
 */
export function organisationOptionGroups(
  organisations: readonly Organisation[],
  options: { kinds?: readonly OrganisationKind[]; keepIds?: readonly string[] } = {},
): SelectOptionGroup[] {
  const kinds = options.kinds ?? ORGANISATION_KINDS;
  const keep = new Set(options.keepIds ?? []);
  return kinds
    .map((kind) => ({
      label: ORGANISATION_KIND_LABELS[kind],
      options: organisations
        .filter((organisation) => organisation.kind === kind && (organisation.active || keep.has(organisation.id)))
        .sort(byName)
        .map((organisation) => ({ value: organisation.id, label: labelOf(organisation) })),
    }))
    .filter((group) => group.options.length > 0);
}
