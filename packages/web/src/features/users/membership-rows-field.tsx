import { type Organisation, ROLE_LABELS, ROLES } from '@kith/shared';
import { type Control, type Path, useFormState } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { FormSelectField } from '../../components/form/bound-fields.tsx';
import { errorMessageAt } from '../../components/form/form-errors.ts';
import { organisationOptionGroups } from '../organisations/organisation-options.ts';
import { type MembershipRow, newMembershipRow } from './membership-rows.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** The values the role rows are bound to. */
export interface MembershipValues {
  memberships: MembershipRow[];
}

interface MembershipRowsFieldProps<V extends MembershipValues> {
  control: Control<V>;
  rows: readonly MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
  organisations: readonly Organisation[];
}

/**
 * One or more (organisation, role) pairs, with "Add another role" and "Remove". The whole
 * group has id `memberships` so an error about the list as a whole can link to it.
 */
export function MembershipRowsField<V extends MembershipValues>({
  control,
  rows,
  onChange,
  organisations,
}: MembershipRowsFieldProps<V>) {
  const { errors } = useFormState({ control });
  const listError = errorMessageAt(errors, 'memberships');
  const remove = (key: number) => onChange(rows.filter((row) => row.key !== key));
  const add = () => onChange([...rows, newMembershipRow()]);

  return (
    <div className={formGroupClass(listError)}>
      <h2 id={fieldId('memberships')} tabIndex={-1}>
        Roles
      </h2>
      <FieldErrorMessage id="memberships-error" message={listError} />
      {rows.map((row, index) => {
        const path = `memberships.${index}`;
        const keepIds = row.organisationId ? [row.organisationId] : [];
        return (
          <fieldset className="nhsuk-fieldset kith-membership-row" key={row.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Role {index + 1}</legend>
            <FormSelectField
              control={control}
              name={`${path}.organisationId` as Path<V>}
              label="Organisation"
              options={organisationOptionGroups(organisations, { keepIds })}
              placeholder="Choose an organisation"
            />
            <FormSelectField
              control={control}
              name={`${path}.role` as Path<V>}
              label="Role"
              options={ROLE_OPTIONS}
              placeholder="Choose a role"
            />
            {rows.length > 1 ? (
              <Button type="button" variant="secondary" small onClick={() => remove(row.key)}>
                Remove<span className="nhsuk-u-visually-hidden"> role {index + 1}</span>
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={add}>
        Add another role
      </Button>
    </div>
  );
}
