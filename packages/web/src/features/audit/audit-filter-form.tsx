import { AUDIT_ACTIONS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type AuditFilters, auditHref } from './audit-filters.ts';
import { AUDIT_ACTION_LABELS } from './audit-labels.ts';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

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
            <TextField
              id="recordType"
              label="Record type, like user"
              value={filters.recordType}
              onChange={(recordType) => set({ recordType })}
              autoComplete="off"
              spellCheck={false}
              error={messageFor(issues, 'recordType')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField
              id="recordId"
              label="Record ID"
              value={filters.recordId}
              onChange={(recordId) => set({ recordId })}
              autoComplete="off"
              spellCheck={false}
              error={messageFor(issues, 'recordId')}
            />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextField
              id="actorUserId"
              label="User ID of who did it"
              value={filters.actorUserId}
              onChange={(actorUserId) => set({ actorUserId })}
              autoComplete="off"
              spellCheck={false}
              error={messageFor(issues, 'actorUserId')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField
              id="from"
              label="From date"
              type="date"
              value={filters.from}
              onChange={(from) => set({ from })}
              error={messageFor(issues, 'from')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextField
              id="to"
              label="To date"
              type="date"
              value={filters.to}
              onChange={(to) => set({ to })}
              error={messageFor(issues, 'to')}
            />
          </div>
        </div>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Apply filters
          </button>
          <Link className="nhsuk-link" to="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
