import type { UnmetNeed } from '@kith/shared';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePerson } from '../people/people-queries.ts';
import { personName } from '../referrals/referral-labels.ts';
import { postcodeDistrict } from './postcode-district.ts';
import { termOptions } from './term-options.ts';
import { UnmetNeedForm } from './unmet-need-form.tsx';
import { useNeedTerms } from './unmet-need-queries.ts';

/**
 * `/people/:id/unmet-needs/new`: record a need nothing in the directory could meet. The area
 * starts as the person's postcode district; `?needTermId=` starts the need (from a search).
 */
export function NewUnmetNeedPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const person = usePerson(id);
  const terms = useNeedTerms();
  usePageTitle('Record an unmet need');

  const onRecorded = (need: UnmetNeed) => {
    const state: FlashState = {
      flash: `Unmet need recorded: ${need.needName}`,
      flashDetail: 'It counts towards the needs the local offer does not meet.',
    };
    navigate(`/people/${id}`, { state });
  };

  const failed = person.error ?? terms.error;
  const startNeed = searchParams.get('needTermId') ?? '';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/people/${id}`}>Back to the person</BackLink>
        <h1>
          {person.data ? (
            <span className="nhsuk-caption-l">
              {personName(person.data)}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
          ) : null}
          Record an unmet need
        </h1>
        <p className="nhsuk-body">
          When nothing suitable exists, record the need, where it is and why it could not be met. These records show commissioners
          where the local offer falls short.
        </p>
        {person.data && terms.data ? (
          <UnmetNeedForm
            personId={id}
            needOptions={termOptions(terms.data)}
            initial={{
              needTermId: terms.data.some((term) => term.id === startNeed) ? startNeed : '',
              area: postcodeDistrict(person.data.postcode),
              reason: '',
              note: '',
            }}
            onRecorded={onRecorded}
          />
        ) : failed ? (
          <ErrorState
            error={failed}
            what={person.error ? 'the person' : 'the needs'}
            onRetry={() => {
              void person.refetch();
              void terms.refetch();
            }}
          />
        ) : (
          <LoadingState what="the form" />
        )}
      </div>
    </div>
  );
}
