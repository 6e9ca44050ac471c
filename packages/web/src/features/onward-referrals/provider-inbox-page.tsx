import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { FormSelectField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { inboxHref, readInboxParams } from './provider-inbox-params.ts';
import { useProviderInbox } from './provider-referral-queries.ts';
import { BusinessStatusText, TaskStatusTag } from './task-status-tag.tsx';

const NOT_KNOWN = <span className="nhsuk-u-secondary-text-colour">Not known</span>;

/** `/provider/referrals`: referrals to the provider's services, open ones by default. */
export function ProviderInboxPage() {
  const [searchParams] = useSearchParams();
  const params = readInboxParams(searchParams);
  const inbox = useProviderInbox(params);
  usePageTitle(params.view === 'all' ? 'All referrals to your services' : 'Referrals to your services');

  return (
    <>
      <h1>Referrals to your services</h1>
      <p className="nhsuk-body">
        Link workers send these with the person's agreement. Accept or decline each one, then keep it up to date so the link
        worker knows how the person is getting on.
      </p>
      <ViewFilterForm key={params.view} initial={params.view} />
      <QueryState query={inbox} what="referrals">
        {(data) => (
          <>
            <NhsTable
              caption={params.view === 'all' ? 'All referrals' : 'Open referrals'}
              captionStyle="visually-hidden"
              columns={['Service', 'From', 'Sent', 'Status', 'Progress']}
              rows={data.items}
              rowKey={(referral) => referral.id}
              emptyMessage={
                params.view === 'all' ? 'No referrals have been sent to your services yet.' : 'There are no open referrals.'
              }
              renderRow={(referral) => (
                <>
                  <td className="nhsuk-table__cell">
                    <Link to={`/provider/referrals/${referral.id}`}>{referral.serviceName}</Link>
                  </td>
                  <td className="nhsuk-table__cell">{referral.pcnName ?? NOT_KNOWN}</td>
                  <td className="nhsuk-table__cell">
                    <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt)}</time>
                  </td>
                  <td className="nhsuk-table__cell">
                    <TaskStatusTag status={referral.status} />
                  </td>
                  <td className="nhsuk-table__cell">
                    <BusinessStatusText value={referral.businessStatus} />
                  </td>
                </>
              )}
            />
            <PaginationNav of={data} noun="referrals" hrefFor={(page) => inboxHref({ view: params.view, page })} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ViewFilterForm({ initial }: { initial: 'open' | 'all' }) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { view: initial as string },
    toRequest: ({ view }) => ({ ok: true, data: view === 'all' ? ('all' as const) : ('open' as const) }),
    fieldOrder: ['view'],
    onSubmit: async (view) => navigate(inboxHref({ view, page: 1 })),
  });
  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FormSelectField
              control={kith.form.control}
              name="view"
              label="Show"
              options={[
                { value: 'open', label: 'Open referrals' },
                { value: 'all', label: 'All referrals' },
              ]}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Show referrals
            </Button>
          </div>
        </div>
      </KithFormFrame>
    </search>
  );
}
