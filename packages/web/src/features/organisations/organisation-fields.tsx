import { ORGANISATION_KIND_LABELS, type Organisation, type OrganisationKind } from '@kith/shared';
import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type OrganisationFormValues, parentRule } from './organisation-form-values.ts';
import { organisationOptionGroups } from './organisation-options.ts';

interface OrganisationFieldsProps {
  values: OrganisationFormValues;
  onChange: (values: OrganisationFormValues) => void;
  /** Every organisation, for the parent select and the PCN checkboxes. */
  organisations: readonly Organisation[];
  issues: readonly FormIssue[];
  /** The organisation being edited, which cannot be its own parent. */
  selfId?: string;
}

/** Name, ODS code, parent (filtered to the kinds allowed) and, for VCSE, the PCNs served. */
export function OrganisationFields({ values, onChange, organisations, issues, selfId }: OrganisationFieldsProps) {
  const set = (change: Partial<OrganisationFormValues>) => onChange({ ...values, ...change });
  const kind: OrganisationKind | '' = values.kind;
  const rule = kind ? parentRule(kind) : null;
  const candidates = organisations.filter((organisation) => organisation.id !== selfId);
  const keepIds = [values.parentId, ...values.servesPcnIds].filter(Boolean);
  const pcns = candidates
    .filter((organisation) => organisation.kind === 'pcn' && (organisation.active || keepIds.includes(organisation.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  return (
    <>
      <TextField
        id="name"
        label="Name"
        value={values.name}
        onChange={(name) => set({ name })}
        autoComplete="off"
        error={messageFor(issues, 'name')}
      />
      <TextField
        id="odsCode"
        label="ODS code (optional)"
        hint="The Organisation Data Service code, like M85001. Most voluntary organisations do not have one."
        value={values.odsCode}
        onChange={(odsCode) => set({ odsCode })}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        error={messageFor(issues, 'odsCode')}
      />
      {rule && rule.kinds.length > 0 ? (
        <SelectField
          id="parentId"
          label={rule.optional ? 'Part of (optional)' : 'Part of'}
          hint={`The ${rule.kinds.map((parentKind) => ORGANISATION_KIND_LABELS[parentKind]).join(' or ')} this organisation belongs to.`}
          value={values.parentId}
          onChange={(parentId) => set({ parentId })}
          options={organisationOptionGroups(candidates, { kinds: rule.kinds, keepIds })}
          placeholder={rule.optional ? 'None' : 'Choose an organisation'}
          error={messageFor(issues, 'parentId')}
        />
      ) : null}
      {kind === 'vcse' ? (
        <CheckboxesField
          id="servesPcnIds"
          legend="Primary care networks it serves"
          hint="Select all that apply."
          values={values.servesPcnIds}
          onChange={(servesPcnIds) => set({ servesPcnIds })}
          items={pcns.map((pcn) => ({ value: pcn.id, label: pcn.name }))}
          emptyText="There are no primary care networks yet."
          error={messageFor(issues, 'servesPcnIds')}
        />
      ) : null}
    </>
  );
}
