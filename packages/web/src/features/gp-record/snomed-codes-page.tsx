import { SNOMED_CODE_USE_LABELS } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSnomedCodes } from './gp-record-queries.ts';
import { SnomedVerifiedTag } from './snomed-verified-tag.tsx';
import './gp-record.css';

const cell = 'nhsuk-table__cell';

/**
 * `/admin/snomed-codes` (`gp-record:manage`): the SNOMED CT codes Kith puts in the message back
 * and the GP record, each with where it was confirmed. Only verified, active codes are written
 * into a GP record.
 */
export function SnomedCodesPage() {
  usePageTitle('SNOMED CT codes');
  const codes = useSnomedCodes();
  const flash = readFlash(useLocation().state);

  return (
    <>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>SNOMED CT codes</h1>
      <p className="nhsuk-body">
        These codes go in the message back and in the document Kith sends to the person's GP record when a referral ends: one for
        each ending and for taking up social prescribing, and the codes of the reasons for referral.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Only verified codes are written into GP records. Check each code and its term in the UK edition of SNOMED CT before you
          mark it verified, and say where you checked it. An unverified code is shown in Kith as "Not verified: not sent to the GP
          record".
        </p>
      </div>
      <ButtonLink to="/admin/snomed-codes/new">Add a code</ButtonLink>
      <QueryState query={codes} what="the SNOMED CT codes">
        {(items) => (
          <NhsTable
            caption="SNOMED CT codes"
            captionStyle="visually-hidden"
            columns={['Code', 'Term', 'Used for', 'Verified', 'Active', 'Source', 'Change']}
            rows={items}
            rowKey={(code) => code.code}
            emptyMessage="There are no SNOMED CT codes yet. Add the codes for each ending."
            renderRow={(code) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  <span className="kith-snomed-code">{code.code}</span>
                </th>
                <td className={cell}>{code.term}</td>
                <td className={cell}>{SNOMED_CODE_USE_LABELS[code.use]}</td>
                <td className={cell}>
                  <SnomedVerifiedTag verified={code.verified} />
                </td>
                <td className={cell}>
                  <StatusTag active={code.active} inactiveLabel="Inactive" />
                </td>
                <td className={cell}>{code.source ?? <span className="nhsuk-u-secondary-text-colour">None recorded</span>}</td>
                <td className={cell}>
                  <Link to={`/admin/snomed-codes/${encodeURIComponent(code.code)}`}>
                    Edit<span className="nhsuk-u-visually-hidden"> {code.term}</span>
                  </Link>
                </td>
              </>
            )}
          />
        )}
      </QueryState>
    </>
  );
}
