import type { ProviderInboxSort } from '@kith/shared';
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
import { hasNewNoteFromLinkWorker, waitedSince } from './waiting-time.ts';

const NOT_KNOWN = <span className="nhsuk-u-secondary-text-colour">Not known</span>;
const NAME_NOT_SHARED = <span className="nhsuk-u-secondary-text-colour">Name not shared</span>;
const NOT_WAITING = <span className="nhsuk-u-secondary-text-colour">Closed</span>;

/** `/provider/referrals`: referrals to the provider's services, open ones (longest waiting first) by default. */
export function ProviderInboxPage() {
  const [searchParams] = useSearchParams();
  const params = readInboxParams(searchParams);
  const inbox = useProviderInbox(params);
  usePageTitle(params.view === 'all' ? 'All referrals to your services' : 'Referrals to your services');
  const now = new Date();

  return (
    <>
      <h1>Referrals to your services</h1>
      <p className="nhsuk-body">
        Link workers send these with the person's agreement. Accept or decline each one, then keep it up to date so the link
        worker knows how the person is getting on.
      </p>
      <ViewFilterForm key={`${params.view}-${params.sort}`} initial={params} />
      <QueryState query={inbox} what="referrals">
        {(data) => (
          <>
            <NhsTable
              caption={params.view === 'all' ? 'All referrals' : 'Open referrals'}
              captionStyle="visually-hidden"
              columns={['Service', 'Person', 'From', 'Sent', 'Waiting', 'Status', 'Progress']}
              rows={data.items}
              rowKey={(referral) => referral.id}
              emptyMessage={
                params.view === 'all' ? 'No referrals have been sent to your services yet.' : 'There are no open referrals.'
              }
              renderRow={(referral) => (
                <>
                  <td className="nhsuk-table__cell">
                    <Link to={`/provider/referrals/${referral.id}`}>{referral.serviceName}</Link>
                    {hasNewNoteFromLinkWorker(referral.latestNote) ? (
                      <>
                        {' '}
                        <strong className="nhsuk-tag nhsuk-tag--blue">New note</strong>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">{referral.sharedName ?? NAME_NOT_SHARED}</td>
                  <td className="nhsuk-table__cell">{referral.pcnName || NOT_KNOWN}</td>
                  <td className="nhsuk-table__cell">
                    <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt)}</time>
                  </td>
                  <td className="nhsuk-table__cell">{waitedSince(referral, now) ?? NOT_WAITING}</td>
                  <td className="nhsuk-table__cell">
                    <TaskStatusTag status={referral.status} />
                  </td>
                  <td className="nhsuk-table__cell">
                    <BusinessStatusText value={referral.businessStatus} />
                  </td>
                </>
              )}
            />
            <PaginationNav
              of={data}
              noun="referrals"
              hrefFor={(page) => inboxHref({ view: params.view, sort: params.sort, page })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function ViewFilterForm({ initial }: { initial: { view: 'open' | 'all'; sort: ProviderInboxSort } }) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { view: initial.view as string, sort: initial.sort as string },
    toRequest: ({ view, sort }) => ({
      ok: true,
      data: {
        view: view === 'all' ? ('all' as const) : ('open' as const),
        sort: sort === 'newest' ? ('newest' as const) : ('oldest' as const),
      },
    }),
    fieldOrder: ['view', 'sort'],
    // Changing only what to show takes that view's own order (open: longest waiting first; all:
    // newest first); an order the user picked is kept.
    onSubmit: async ({ view, sort }) =>
      navigate(inboxHref({ view, sort: view !== initial.view && sort === initial.sort ? undefined : sort, page: 1 })),
  });
  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
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
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField
              control={kith.form.control}
              name="sort"
              label="Order"
              options={[
                { value: 'oldest', label: 'Longest waiting first' },
                { value: 'newest', label: 'Newest first' },
              ]}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Show referrals
            </Button>
          </div>
        </div>
      </KithFormFrame>
    </search>
  );
}
