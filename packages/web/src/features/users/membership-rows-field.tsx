import { type Organisation, ROLE_LABELS, ROLES } from '@kith/shared';
import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { organisationOptionGroups } from '../organisations/organisation-options.ts';
import { type MembershipRow, newMembershipRow } from './membership-rows.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface MembershipRowsFieldProps {
  rows: readonly MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
  organisations: readonly Organisation[];
  issues: readonly FormIssue[];
}

/**
 * One or more (organisation, role) pairs, with "Add another role" and "Remove". The whole
 * group has id `memberships` so an error about the list as a whole can link to it.
 */
export function MembershipRowsField({ rows, onChange, organisations, issues }: MembershipRowsFieldProps) {
  const listError = messageFor(issues, 'memberships');
  const update = (key: number, change: Partial<MembershipRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
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
            <SelectField
              id={fieldId(`${path}.organisationId`)}
              label="Organisation"
              value={row.organisationId}
              onChange={(organisationId) => update(row.key, { organisationId })}
              options={organisationOptionGroups(organisations, { keepIds })}
              placeholder="Choose an organisation"
              error={messageFor(issues, `${path}.organisationId`)}
            />
            <SelectField
              id={fieldId(`${path}.role`)}
              label="Role"
              value={row.role}
              onChange={(role) => update(row.key, { role })}
              options={ROLE_OPTIONS}
              placeholder="Choose a role"
              error={messageFor(issues, `${path}.role`)}
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
