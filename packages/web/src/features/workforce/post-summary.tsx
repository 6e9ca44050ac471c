import { CONTRACT_TYPE_LABELS, EMPLOYMENT_MODEL_LABELS, POST_ROLE_LABELS, type WorkforcePost } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { FUNDING_SOURCE_LABELS, formatMoney } from './workforce-format.ts';

/** How the post is paid: an Agenda for Change band from a pay point, or a spot salary. */
export function describePay(post: WorkforcePost): string {
  if (post.band) return `Band ${post.band}, pay point ${post.startingPayPoint ?? 1} at the start date`;
  return `Spot salary of ${formatMoney(post.spotSalary ?? 0)} a year full time`;
}

/**
 * A post's details, read-only, for people who may read the PCN's workforce but not change it
 * (supervisors). The same facts the form holds, with names rather than ids.
 */
export function PostSummary({ post }: { post: WorkforcePost }) {
  return (
    <SummaryList
      rows={[
        { key: 'Post title', value: post.title },
        { key: 'Role', value: POST_ROLE_LABELS[post.role] },
        { key: 'Employment model', value: EMPLOYMENT_MODEL_LABELS[post.employmentModel] },
        { key: 'Employer', value: post.employerName },
        { key: 'Held by', value: post.holderDisplayName ?? 'Vacant' },
        { key: 'Pay', value: describePay(post) },
        { key: 'Whole-time equivalent (WTE)', value: post.wte.toFixed(2) },
        { key: 'Start date', value: formatCalendarDate(post.startDate) },
        { key: 'End date', value: post.endDate ? formatCalendarDate(post.endDate) : 'No end date' },
        { key: 'Contract type', value: CONTRACT_TYPE_LABELS[post.contractType] },
        { key: 'Funding source', value: FUNDING_SOURCE_LABELS[post.fundingSource] },
        ...(post.employmentModel === 'vcse_subcontract'
          ? [
              {
                key: 'Management costs',
                value:
                  post.managementCostPerWte === null
                    ? 'None recorded'
                    : `${formatMoney(post.managementCostPerWte)} a year per WTE`,
              },
            ]
          : []),
        { key: 'Line manager', value: post.lineManagerName ?? 'None recorded' },
        { key: 'Clinical supervisor', value: post.clinicalSupervisorName ?? 'None recorded' },
      ]}
    />
  );
}
