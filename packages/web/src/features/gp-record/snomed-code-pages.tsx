import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSnomedCodes } from './gp-record-queries.ts';
import { SnomedCodeForm } from './snomed-code-form.tsx';
import './gp-record.css';

const LIST = '/admin/snomed-codes';

/** `/admin/snomed-codes/new` (`gp-record:manage`). */
export function NewSnomedCodePage() {
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={LIST}>Back to SNOMED CT codes</BackLink>
      <SnomedCodeForm
        title="Add a SNOMED CT code"
        intro={<h1>Add a SNOMED CT code</h1>}
        onSaved={(saved) =>
          navigate(LIST, {
            state: {
              flash: `${saved.code} ${saved.term} has been added`,
              flashDetail: saved.verified ? undefined : 'It is not verified, so it will not be sent to GP records.',
            },
          })
        }
      />
    </>
  );
}

/** `/admin/snomed-codes/:code` (`gp-record:manage`): change a code's term, use, verified flag, active flag or source. */
export function EditSnomedCodePage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const codes = useSnomedCodes();
  const found = codes.data?.find((candidate) => candidate.code === code);

  return (
    <>
      <BackLink to={LIST}>Back to SNOMED CT codes</BackLink>
      <QueryState query={codes} what="the SNOMED CT code">
        {() =>
          found ? (
            <SnomedCodeForm
              code={found}
              title={`Edit SNOMED CT code ${found.code}`}
              intro={
                <h1>
                  <span className="nhsuk-caption-l">
                    SNOMED CT code <span className="kith-snomed-code">{found.code}</span>
                    <span className="nhsuk-u-visually-hidden"> – </span>
                  </span>
                  {found.term}
                </h1>
              }
              onSaved={(saved) => navigate(LIST, { state: { flash: `${saved.code} ${saved.term} has been saved` } })}
            />
          ) : (
            <CodeNotFound />
          )
        }
      </QueryState>
    </>
  );
}

function CodeNotFound() {
  usePageTitle('SNOMED CT code not found');
  return (
    <>
      <h1>SNOMED CT code not found</h1>
      <p className="nhsuk-body">Kith has no code with this id. Choose one from the list of SNOMED CT codes.</p>
    </>
  );
}
