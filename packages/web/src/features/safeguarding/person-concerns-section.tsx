import type { RaisedConcern } from '@kith/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ConcernCategory } from './concern-category.tsx';
import { ConcernStatusTag } from './concern-status-tag.tsx';
import { RaiseConcernForm } from './raise-concern-form.tsx';
import { RaisedConcernResult } from './raised-concern-result.tsx';
import { usePersonConcerns } from './safeguarding-queries.ts';

interface PersonConcernsSectionProps {
  personId: string;
  referralId?: string | undefined;
}

/**
 * The person's safeguarding concerns and the form to raise one, for the person page or any
 * screen about the person. Concerns are never removed, so closed ones stay listed.
 */
export function PersonConcernsSection({ personId, referralId }: PersonConcernsSectionProps) {
  const concerns = usePersonConcerns(personId);
  const [raised, setRaised] = useState<RaisedConcern | null>(null);

  return (
    <section aria-labelledby="safeguarding-heading">
      <h2 id="safeguarding-heading">Safeguarding concerns</h2>
      {raised ? <RaisedConcernResult result={raised} /> : null}
      <QueryState query={concerns} what="safeguarding concerns">
        {(data) => (
          <NhsTable
            caption="Concerns raised about this person"
            captionStyle="visually-hidden"
            columns={['Raised', 'Type', 'Status', 'Raised by']}
            rows={data}
            rowKey={(concern) => concern.id}
            emptyMessage="No safeguarding concerns have been raised."
            renderRow={(concern) => (
              <>
                <td className="nhsuk-table__cell">
                  <Link to={`/safeguarding/${concern.id}`}>
                    <time dateTime={concern.raisedAt}>{formatDateTime(concern.raisedAt)}</time>
                  </Link>
                </td>
                <td className="nhsuk-table__cell">
                  <ConcernCategory category={concern.category} immediateRisk={concern.immediateRisk} />
                </td>
                <td className="nhsuk-table__cell">
                  <ConcernStatusTag status={concern.status} />
                </td>
                <td className="nhsuk-table__cell">{concern.raisedByName ?? 'A former user'}</td>
              </>
            )}
          />
        )}
      </QueryState>
      <RaiseConcernForm personId={personId} referralId={referralId} onRaised={setRaised} />
    </section>
  );
}
