import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePcnStaff, useSafeguardingLeads, useSetSafeguardingLeads } from './safeguarding-leads-queries.ts';

interface SafeguardingLeadsFormProps {
  organisationId: string;
  onSaved: (message: string) => void;
}

/**
 * Who in a PCN is told at once when a safeguarding concern is raised. With nobody named, the
 * PCN's supervisors are told instead — so naming leads is the first thing to set up.
 */
export function SafeguardingLeadsForm({ organisationId, onSaved }: SafeguardingLeadsFormProps) {
  const leads = useSafeguardingLeads(organisationId);
  const staff = usePcnStaff(organisationId);
  if (leads.isPending || staff.isPending) return <LoadingState what="safeguarding leads" />;
  if (leads.isError) return <ErrorState error={leads.error} what="safeguarding leads" onRetry={() => void leads.refetch()} />;
  if (staff.isError) return <ErrorState error={staff.error} what="staff" onRetry={() => void staff.refetch()} />;
  const items = staff.data.items
    .filter((user) => user.active)
    .map((user) => ({ value: user.id, label: `${user.displayName} (${user.email})` }));
  return (
    <LeadsChoice
      key={leads.data.leads.map((lead) => lead.userId).join()}
      organisationId={organisationId}
      initial={leads.data.leads.map((lead) => lead.userId)}
      items={items}
      onSaved={onSaved}
    />
  );
}

function LeadsChoice({
  organisationId,
  initial,
  items,
  onSaved,
}: SafeguardingLeadsFormProps & { initial: string[]; items: { value: string; label: string }[] }) {
  const setLeads = useSetSafeguardingLeads(organisationId);
  const [chosen, setChosen] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLeads.mutate(chosen, {
      onSuccess: (saved) => {
        setIssues([]);
        onSaved(
          saved.leads.length
            ? `Safeguarding leads saved: ${saved.leads.map((lead) => lead.name).join(', ')}`
            : 'No safeguarding lead is named now',
        );
      },
      onError: (error) => setIssues(issuesFromError(error).map((issue) => ({ ...issue, path: 'userIds' }))),
    });
  };
  return (
    <section aria-labelledby="leads-heading">
      <h2 id="leads-heading">Safeguarding leads</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <CheckboxesField
          id="userIds"
          legend="Who is told at once when a concern is raised?"
          hint="If nobody is named, the primary care network's supervisors are told instead."
          values={chosen}
          onChange={setChosen}
          items={items}
          emptyText="Nobody holds a role in this primary care network yet."
          error={messageFor(issues, 'userIds')}
        />
        <Button variant="secondary" type="submit" pending={setLeads.isPending}>
          Save safeguarding leads
        </Button>
      </form>
    </section>
  );
}
