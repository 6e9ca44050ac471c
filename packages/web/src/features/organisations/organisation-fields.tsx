import { ORGANISATION_KIND_LABELS, type Organisation, type OrganisationKind } from '@kith/shared';
import type { Control } from 'react-hook-form';
import { FormCheckboxesField, FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { type OrganisationFormValues, parentRule } from './organisation-form-values.ts';
import { organisationOptionGroups } from './organisation-options.ts';

interface OrganisationFieldsProps {
  control: Control<OrganisationFormValues>;
  /** What is typed now: the kind decides which fields show and which parents are offered. */
  values: OrganisationFormValues;
  /** Every organisation, for the parent select and the PCN checkboxes. */
  organisations: readonly Organisation[];
  /** The organisation being edited, which cannot be its own parent. */
  selfId?: string;
}

/** Name, ODS code, parent (filtered to the kinds allowed) and, for VCSE, the PCNs served. */
export function OrganisationFields({ control, values, organisations, selfId }: OrganisationFieldsProps) {
  const kind: OrganisationKind | '' = values.kind;
  const rule = kind ? parentRule(kind) : null;
  const candidates = organisations.filter((organisation) => organisation.id !== selfId);
  const keepIds = [values.parentId, ...values.servesPcnIds].filter(Boolean);
  const pcns = candidates
    .filter((organisation) => organisation.kind === 'pcn' && (organisation.active || keepIds.includes(organisation.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  return (
    <>
      <FormTextField control={control} name="name" label="Name" autoComplete="off" />
      <FormTextField
        control={control}
        name="odsCode"
        label="ODS code (optional)"
        hint="The Organisation Data Service code, like M85001. Most voluntary organisations do not have one."
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
      />
      {rule && rule.kinds.length > 0 ? (
        <FormSelectField
          control={control}
          name="parentId"
          label={rule.optional ? 'Part of (optional)' : 'Part of'}
          hint={`The ${rule.kinds.map((parentKind) => ORGANISATION_KIND_LABELS[parentKind]).join(' or ')} this organisation belongs to.`}
          options={organisationOptionGroups(candidates, { kinds: rule.kinds, keepIds })}
          placeholder={rule.optional ? 'None' : 'Choose an organisation'}
        />
      ) : null}
      {kind === 'vcse' ? (
        <FormCheckboxesField
          control={control}
          name="servesPcnIds"
          legend="Primary care networks it serves"
          hint="Select all that apply."
          items={pcns.map((pcn) => ({ value: pcn.id, label: pcn.name }))}
          emptyText="There are no primary care networks yet."
        />
      ) : null}
    </>
  );
}
