import { AUDIT_ACTIONS } from '@kith/shared';
import { Link, useNavigate } from 'react-router';
import type { FormIssue } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { type AuditFilters, auditHref } from './audit-filters.ts';
import { AUDIT_ACTION_LABELS } from './audit-labels.ts';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

const FILTER_ORDER = ['action', 'recordType', 'recordId', 'actorUserId', 'from', 'to'];

/** The filters typed into a text or date input; the action is chosen from a list. */
type FreeTextFilter = Exclude<keyof AuditFilters, 'action' | 'page'>;

interface AuditFilterFormProps {
  initial: AuditFilters;
  /** Problems the server found with the filters in the address: shown as if this form had been sent. */
  issues: readonly FormIssue[];
}

/** Filters for the audit trail. Applying them changes the query string, so a view can be bookmarked or shared. */
export function AuditFilterForm({ initial, issues }: AuditFilterFormProps) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (filters) => ({ ok: true, data: auditHref({ ...filters, page: 1 }) }),
    fieldOrder: FILTER_ORDER,
    onSubmit: async (href) => navigate(href),
    externalIssues: issues,
  });
  const { control } = kith.form;

  // Ids and record types are not words: no spelling marks, no suggestions from past entries.
  const textFilter = (name: FreeTextFilter, label: string) => (
    <FormTextField control={control} name={name} label={label} autoComplete="off" spellCheck={false} />
  );
  const dateFilter = (name: FreeTextFilter, label: string) => (
    <FormTextField control={control} name={name} label={label} type="date" />
  );

  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <h2 className="nhsuk-heading-s">Filter audit events</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField control={control} name="action" label="Action" options={ACTION_OPTIONS} placeholder="Any action" />
          </div>
          <div className="nhsuk-grid-column-one-third">{textFilter('recordType', 'Record type, like user')}</div>
          <div className="nhsuk-grid-column-one-third">{textFilter('recordId', 'Record ID')}</div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">{textFilter('actorUserId', 'User ID of who did it')}</div>
          <div className="nhsuk-grid-column-one-third">{dateFilter('from', 'From date')}</div>
          <div className="nhsuk-grid-column-one-third">{dateFilter('to', 'To date')}</div>
        </div>
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="submit">
            Apply filters
          </Button>
          <Link className="nhsuk-link" to="/admin/audit">
            Clear filters
          </Link>
        </div>
      </KithFormFrame>
    </search>
  );
}
