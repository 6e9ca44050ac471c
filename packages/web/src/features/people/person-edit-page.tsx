import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { personName } from '../referrals/referral-labels.ts';
import { usePerson } from './people-queries.ts';
import { PersonForm } from './person-form.tsx';

/** `/people/:id/edit`: change the person's details; the record keeps every version. */
export function PersonEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const person = usePerson(id);
  // Bumped by "Reload the latest details", so the form starts again from the fetched record.
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const notFound = isApiError(person.error, 'not_found', 'validation');
  usePageTitle(person.data ? `Edit details – ${personName(person.data)}` : notFound ? 'Person not found' : 'Edit details');

  // Leaves once the saved form is no longer "changed", so the unsaved-changes warning stays quiet.
  useEffect(() => {
    if (!saved) return;
    const state: FlashState = { flash: 'Details saved', flashDetail: 'The earlier version is kept in the record history.' };
    navigate(`/people/${encodeURIComponent(id)}`, { state });
  }, [saved, id, navigate]);

  if (!person.data) {
    return (
      <>
        <h1>{notFound ? 'Person not found' : 'Edit details'}</h1>
        {person.isError ? (
          <ErrorState error={person.error} what="the person" onRetry={() => void person.refetch()} />
        ) : (
          <LoadingState what="the person" />
        )}
      </>
    );
  }

  const p = person.data;
  const reload = async () => {
    await person.refetch();
    setGeneration((n) => n + 1);
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/people/${encodeURIComponent(id)}`}>{`Back to ${personName(p)}`}</BackLink>
        <PersonForm
          key={`${p.version}:${generation}`}
          person={p}
          intro={
            <h1>
              <span className="nhsuk-caption-l">
                {personName(p)}
                <span className="nhsuk-u-visually-hidden"> – </span>
              </span>
              Edit details
            </h1>
          }
          onSaved={() => setSaved(true)}
          onReload={() => void reload()}
          reloading={person.isFetching}
        />
      </div>
    </div>
  );
}
