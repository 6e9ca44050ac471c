import { AUDIT_ACTIONS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type AuditFilters, auditHref } from './audit-filters.ts';
import { AUDIT_ACTION_LABELS } from './audit-labels.ts';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

/** The filters typed into a text or date input; the action is chosen from a list. */
type FreeTextFilter = Exclude<keyof AuditFilters, 'action' | 'page'>;

interface AuditFilterFormProps {
  initial: AuditFilters;
  issues: readonly FormIssue[];
}

/** Filters for the audit trail. Applying them changes the query string, so a view can be bookmarked or shared. */
export function AuditFilterForm({ initial, issues }: AuditFilterFormProps) {
  const navigate = useNavigate();
  const [filters, setFilters] = useState(initial);
  const set = (change: Partial<AuditFilters>) => setFilters({ ...filters, ...change });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(auditHref({ ...filters, page: 1 }));
  };

  const chooseAction = (value: string) => set({ action: AUDIT_ACTIONS.find((action) => action === value) ?? '' });

  const bind = (id: FreeTextFilter, label: string) => ({
    id,
    label,
    value: filters[id],
    onChange: (value: string) => set({ [id]: value }),
    error: messageFor(issues, id),
  });
  // Ids and record types are not words: no spelling marks, no suggestions from past entries.
  const textFilter = (id: FreeTextFilter, label: string) => ({ ...bind(id, label), autoComplete: 'off', spellCheck: false });
  const dateFilter = (id: FreeTextFilter, label: string) => ({ ...bind(id, label), type: 'date' });

  return (
    <search>
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <h2 className="nhsuk-heading-s">Filter audit events</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id="action"
              label="Action"
              value={filters.action}
              onChange={chooseAction}
              options={ACTION_OPTIONS}
              placeholder="Any action"
              error={messageFor(issues, 'action')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField {...textFilter('recordType', 'Record type, like user')} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField {...textFilter('recordId', 'Record ID')} />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextField {...textFilter('actorUserId', 'User ID of who did it')} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField {...dateFilter('from', 'From date')} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField {...dateFilter('to', 'To date')} />
          </div>
        </div>
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="submit">
            Apply filters
          </Button>
          <Link className="nhsuk-link" to="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
