import { REFERRAL_STATUS_LABELS, type Referral } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { transitionOutcome } from './referral-labels.ts';

type Transition = NonNullable<Referral['transitions']>[number];

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;
const ARRIVED = <span className="nhsuk-u-secondary-text-colour">New referral</span>;

/** Every status change of a referral: when, from, to, who and why. */
export function TransitionHistory({ transitions }: { transitions: readonly Transition[] }) {
  return (
    <NhsTable
      caption="Status history"
      captionStyle="medium"
      columns={['When', 'From', 'To', 'By', 'Reason']}
      rows={transitions}
      rowKey={(transition) => `${transition.at}:${transition.to}`}
      emptyMessage="No changes yet."
      renderRow={(transition) => (
        <>
          <td className="nhsuk-table__cell">
            <time dateTime={transition.at}>{formatDateTime(transition.at)}</time>
          </td>
          <td className="nhsuk-table__cell">{transition.from ? REFERRAL_STATUS_LABELS[transition.from] : ARRIVED}</td>
          <td className="nhsuk-table__cell">{transitionOutcome(transition)}</td>
          <td className="nhsuk-table__cell">{transition.actorName ?? NONE}</td>
          <td className="nhsuk-table__cell">{transition.reason ?? NONE}</td>
        </>
      )}
    />
  );
}
