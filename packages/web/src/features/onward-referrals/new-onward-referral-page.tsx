import type { OnwardReferral } from '@kith/shared';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePerson } from '../people/people-queries.ts';
import { personName } from '../referrals/referral-labels.ts';
import { useOpenEpisodes } from './episode-queries.ts';
import { OnwardReferralForm } from './onward-referral-form.tsx';
import { useReferableService } from './onward-referral-queries.ts';
import { ReferableServiceSummary } from './referable-service-summary.tsx';

/** `/people/:id/onward-referrals/new?serviceId=`: refer the person on to a directory service. */
export function NewOnwardReferralPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const serviceId = searchParams.get('serviceId') ?? '';
  const navigate = useNavigate();
  const person = usePerson(id);
  const service = useReferableService(serviceId);
  const episodes = useOpenEpisodes(id);
  const name = person.data ? personName(person.data) : '';
  usePageTitle(person.data && service.data ? `Refer ${name} to ${service.data.name}` : 'Refer to a service');

  const onSent = (referral: OnwardReferral) => {
    const state: FlashState = {
      flash: `Referral sent to ${referral.serviceName}`,
      flashDetail: `${referral.providerName} has been asked to accept it. Their answer will show here and on ${name}'s record.`,
    };
    navigate(`/onward-referrals/${referral.id}`, { state });
  };

  const failed = person.error ?? service.error;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/people/${id}`}>Back to the person</BackLink>
        {!serviceId ? (
          <>
            <h1>Refer to a service</h1>
            <p className="nhsuk-body">
              Choose a service first. <Link to={`/directory?personId=${encodeURIComponent(id)}`}>Find a service</Link>
            </p>
          </>
        ) : person.data && service.data && episodes.settled ? (
          <>
            <h1>
              <span className="nhsuk-caption-l">
                Refer {name}
                <span className="nhsuk-u-visually-hidden"> – </span>
              </span>
              {service.data.name}
            </h1>
            <ReferableServiceSummary service={service.data} />
            <OnwardReferralForm
              personId={id}
              personName={name}
              serviceId={service.data.id}
              providerName={service.data.organisationName}
              episodes={episodes.options}
              onSent={onSent}
            />
          </>
        ) : (
          <>
            <h1>Refer to a service</h1>
            {failed ? (
              <ErrorState
                error={failed}
                what={person.error ? 'the person' : 'the service'}
                onRetry={() => {
                  void person.refetch();
                  void service.refetch();
                }}
              />
            ) : (
              <LoadingState what="the referral form" />
            )}
          </>
        )}
      </div>
    </div>
  );
}
