import type { ImplementationChecklist } from '@kith/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AddChecklistItemForm } from './add-checklist-item-form.tsx';
import { ChecklistItemForm } from './checklist-item-form.tsx';
import { useChecklist, useChecklistPcns } from './checklist-queries.ts';
import { ChecklistStatusTag } from './checklist-status-tag.tsx';
import './implementation-checklist.css';
import { Button } from '../../components/button.tsx';

/** `/implementation-checklist`: a PCN's set-up checklist with progress, owners and due dates. */
export function ImplementationChecklistPage() {
  usePageTitle('Implementation checklist');
  const pcns = useChecklistPcns();
  const [params, setParams] = useSearchParams();
  const pcnId = params.get('pcn') ?? pcns.data?.[0]?.id ?? '';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Implementation checklist</h1>
        <p className="nhsuk-body">
          What a primary care network needs in place to run social prescribing well. It starts with Kith's default list; add your
          own items and mark any that do not apply.
        </p>
        <QueryState query={pcns} what="primary care networks">
          {(data) => (
            <>
              {data.length === 0 ? (
                <p className="nhsuk-body">You do not work in a primary care network, so there is no checklist to show.</p>
              ) : null}
              {data.length > 1 ? (
                <SelectField
                  id="pcn"
                  label="Primary care network"
                  value={pcnId}
                  onChange={(pcn) => setParams({ pcn })}
                  options={data.map((pcn) => ({ value: pcn.id, label: pcn.name }))}
                />
              ) : null}
            </>
          )}
        </QueryState>
        {pcnId ? <ChecklistSection key={pcnId} pcnId={pcnId} /> : null}
      </div>
    </div>
  );
}

function ChecklistSection({ pcnId }: { pcnId: string }) {
  const checklist = useChecklist(pcnId);
  if (checklist.isPending) return <LoadingState what="the checklist" />;
  if (checklist.isError)
    return <ErrorState error={checklist.error} what="the checklist" onRetry={() => void checklist.refetch()} />;
  return <ChecklistView checklist={checklist.data} />;
}

function ChecklistView({ checklist }: { checklist: ImplementationChecklist }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { progress } = checklist;
  const editingItem = checklist.items.find((item) => item.id === editing);
  const columns = ['Item', 'Owner', 'Due', 'Status', ...(checklist.canManage ? ['Change'] : [])];

  return (
    <>
      <SuccessBanner message={message} />
      <h2>{checklist.pcnName}</h2>
      <p className="nhsuk-body-l" role="status">
        {progress.done} of {progress.total} done
        {progress.notApplicable > 0 ? ` (${progress.notApplicable} not applicable)` : ''}
      </p>
      {progress.overdue > 0 ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {progress.overdue === 1 ? '1 item is overdue' : `${progress.overdue} items are overdue`}
          </h3>
          <p>Their due date has passed and they are not done yet.</p>
        </div>
      ) : null}
      <NhsTable
        caption={`Checklist for ${checklist.pcnName}`}
        captionStyle="visually-hidden"
        columns={columns}
        rows={checklist.items}
        rowKey={(item) => item.id}
        renderRow={(item) => (
          <>
            <th className="nhsuk-table__header" scope="row">
              {item.title}
              {item.notes ? <span className="nhsuk-body-s kith-checklist-notes">{item.notes}</span> : null}
            </th>
            <td className="nhsuk-table__cell">{item.ownerName ?? 'No owner yet'}</td>
            <td className="nhsuk-table__cell">{item.dueDate ? formatCalendarDate(item.dueDate) : 'Not set'}</td>
            <td className="nhsuk-table__cell">
              <ChecklistStatusTag status={item.status} overdue={item.overdue} />
            </td>
            {checklist.canManage ? (
              <td className="nhsuk-table__cell">
                <Button
                  type="button"
                  variant="secondary"
                  small
                  className="nhsuk-u-margin-bottom-0"
                  onClick={() => {
                    setMessage(null);
                    setEditing(item.id);
                  }}
                >
                  Edit<span className="nhsuk-u-visually-hidden"> {item.title}</span>
                </Button>
              </td>
            ) : null}
          </>
        )}
      />
      {checklist.canManage && editingItem ? (
        <ChecklistItemForm
          key={editingItem.id}
          item={editingItem}
          owners={checklist.owners}
          onDone={(done) => {
            setEditing(null);
            setMessage(done);
          }}
        />
      ) : null}
      {checklist.canManage && !editingItem ? <AddChecklistItemForm pcnId={checklist.pcnId} onAdded={setMessage} /> : null}
    </>
  );
}
