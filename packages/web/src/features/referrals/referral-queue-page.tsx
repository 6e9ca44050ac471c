import { REFERRAL_STATUS_LABELS, REFERRAL_STATUSES, type ReferralStatus } from '@kith/shared';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { FormSelectField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReferrals } from './referral-queries.ts';
import { byUrgencyThenAge, groupByStatus, readStatusFilter } from './referral-queue-groups.ts';
import { ReferralTable } from './referral-table.tsx';

/** What a supervisor needs to do about each group. */
const GROUP_CAPTIONS: Partial<Record<ReferralStatus, string>> = {
  received: 'Received: waiting for triage',
  triaged: 'Triaged: waiting for a link worker',
  allocated: 'Allocated: waiting for first contact',
};

const STATUS_OPTIONS = REFERRAL_STATUSES.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] }));

/** `/referrals/queue`: the PCN's referrals grouped by status, most urgent first; filter by status. */
export function ReferralQueuePage() {
  const [searchParams] = useSearchParams();
  const status = readStatusFilter(searchParams);
  const { page, hrefFor } = usePageParam();
  const referrals = useReferrals({ status: status || undefined, page });
  usePageTitle(status ? `${REFERRAL_STATUS_LABELS[status]} referrals – Referral queue` : 'Referral queue');

  return (
    <>
      <h1>Referral queue</h1>
      <p className="nhsuk-body">Referrals to your primary care network. The most urgent, then the longest waiting, come first.</p>
      <StatusFilterForm key={status} initial={status} />
      <QueryState query={referrals} what="referrals">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="nhsuk-body">
                {status
                  ? `There are no ${REFERRAL_STATUS_LABELS[status].toLowerCase()} referrals.`
                  : 'There are no referrals yet.'}
              </p>
            ) : null}
            {status && data.items.length > 0 ? (
              <ReferralTable
                caption={`${REFERRAL_STATUS_LABELS[status]} referrals`}
                captionStyle="visually-hidden"
                referrals={[...data.items].sort(byUrgencyThenAge)}
                variant="queue"
              />
            ) : null}
            {!status
              ? groupByStatus(data.items).map((group) => (
                  <ReferralTable
                    key={group.status}
                    caption={groupCaption(group.status, group.referrals.length, data)}
                    captionStyle="medium"
                    referrals={group.referrals}
                    variant="queue"
                  />
                ))
              : null}
            <PaginationNav of={data} noun="referrals" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The group's caption; its count is only the whole group's when every referral is on this page. */
function groupCaption(status: ReferralStatus, onPage: number, data: { total: number; pageSize: number }): string {
  const name = GROUP_CAPTIONS[status] ?? REFERRAL_STATUS_LABELS[status];
  return data.total <= data.pageSize ? `${name} (${onPage})` : `${name} (${onPage} on this page)`;
}

function StatusFilterForm({ initial }: { initial: ReferralStatus | '' }) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { status: initial as string },
    toRequest: ({ status }) => ({ ok: true, data: status }),
    fieldOrder: ['status'],
    onSubmit: async (status) => navigate(status ? `/referrals/queue?status=${encodeURIComponent(status)}` : '/referrals/queue'),
  });
  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FormSelectField
              control={kith.form.control}
              name="status"
              label="Status"
              options={STATUS_OPTIONS}
              placeholder="All statuses, grouped"
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
