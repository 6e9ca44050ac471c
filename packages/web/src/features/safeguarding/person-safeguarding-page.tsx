import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PersonConcernsSection } from './person-concerns-section.tsx';

/** `/people/:id/safeguarding`: the person's safeguarding concerns and the form to raise one. */
export function PersonSafeguardingPage() {
  const { id = '' } = useParams();
  usePageTitle('Safeguarding');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/people/${id}`}>Back to the person</BackLink>
        <h1>Safeguarding</h1>
        <PersonConcernsSection personId={id} />
      </div>
    </div>
  );
}
