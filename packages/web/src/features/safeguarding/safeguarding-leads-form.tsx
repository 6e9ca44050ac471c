import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { FormCheckboxesField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePcnStaff, useSafeguardingLeads, useSetSafeguardingLeads } from './safeguarding-leads-queries.ts';
import { leadsIssuesFor } from './safeguarding-leads-values.ts';

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
  const kith = useKithForm({
    defaultValues: { userIds: initial },
    toRequest: ({ userIds }) => ({ ok: true, data: userIds }),
    fieldOrder: ['userIds'],
    issuesFor: leadsIssuesFor,
    onSubmit: async (userIds) => {
      const saved = await setLeads.mutateAsync(userIds);
      onSaved(
        saved.leads.length
          ? `Safeguarding leads saved: ${saved.leads.map((lead) => lead.name).join(', ')}`
          : 'No safeguarding lead is named now',
      );
    },
  });
  return (
    <section aria-labelledby="leads-heading">
      <h2 id="leads-heading">Safeguarding leads</h2>
      <KithFormFrame kith={kith}>
        <FormCheckboxesField
          control={kith.form.control}
          name="userIds"
          legend="Who is told at once when a concern is raised?"
          hint="If nobody is named, the primary care network's supervisors are told instead."
          items={items}
          emptyText="Nobody holds a role in this primary care network yet."
        />
        <Button variant="secondary" type="submit" pending={kith.pending}>
          Save safeguarding leads
        </Button>
      </KithFormFrame>
    </section>
  );
}
