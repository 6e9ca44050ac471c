import { SAFEGUARDING_CATEGORY_LABELS } from '@kith/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ConcernHistory } from './concern-history.tsx';
import { ConcernStatusTag } from './concern-status-tag.tsx';
import { ConcernTransitionForm } from './concern-transition-form.tsx';
import { useConcern } from './safeguarding-queries.ts';

/** `/safeguarding/:id`: one concern, its history, and (for a lead or supervisor) the next step. */
export function ConcernPage() {
  const { id = '' } = useParams();
  const concern = useConcern(id);
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(concern.data ? `Safeguarding concern about ${concern.data.personName}` : 'Safeguarding concern');
  const data = concern.data;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/safeguarding">Back to safeguarding concerns</BackLink>
        <h1>
          {data ? (
            <span className="nhsuk-caption-l">
              {data.personName}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
          ) : null}
          Safeguarding concern
        </h1>
        <SuccessBanner message={saved} />
        <QueryState query={concern} what="the concern">
          {(details) => (
            <>
              <SummaryList
                rows={[
                  { key: 'Person', value: <Link to={`/people/${details.personId}/safeguarding`}>{details.personName}</Link> },
                  { key: 'Status', value: <ConcernStatusTag status={details.status} /> },
                  { key: 'Type', value: SAFEGUARDING_CATEGORY_LABELS[details.category] },
                  { key: 'Immediate risk', value: details.immediateRisk ? 'Yes' : 'No' },
                  { key: 'What happened', value: details.description },
                  { key: 'Raised by', value: details.raisedByName ?? 'A former user' },
                  { key: 'Raised', value: <time dateTime={details.raisedAt}>{formatDateTime(details.raisedAt)}</time> },
                  ...(details.outcome ? [{ key: 'Outcome', value: details.outcome }] : []),
                ]}
              />
              {details.canManage && details.allowedTransitions.length > 0 ? (
                <ConcernTransitionForm concern={details} onSaved={setSaved} />
              ) : null}
              {!details.canManage && details.status !== 'closed' ? (
                <p className="nhsuk-body">The safeguarding lead or a supervisor updates this concern.</p>
              ) : null}
              <ConcernHistory events={details.events} />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
