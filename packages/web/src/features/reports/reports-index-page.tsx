import { REPORT_IDS, REPORT_TITLES } from '@kith/shared';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { REPORT_DESCRIPTIONS } from './report-labels.ts';

/** `/reports`: the impact and pressure reports, what each answers, and the evidence pack. */
export function ReportsIndexPage() {
  usePageTitle('Reports');
  const me = useMe();
  return (
    <>
      <h1>Reports</h1>
      <p className="nhsuk-body-l">
        What difference social prescribing makes, and where the system is under strain. Every report can be filtered by period,
        primary care network and practice, and every table downloaded as CSV.
      </p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {REPORT_IDS.map((id) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={id}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" to={`/reports/${id}`}>
                    {REPORT_TITLES[id]}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">{REPORT_DESCRIPTIONS[id]}</p>
              </div>
            </div>
          </li>
        ))}
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item">
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">
                <Link className="nhsuk-card__link" to="/reports/evidence-pack">
                  Evidence pack
                </Link>
              </h2>
              <p className="nhsuk-card__description">
                Key outcomes, the referral funnel and the return on investment for a PCN or the whole ICB, with every assumption
                and caveat, ready to print or save as PDF.
              </p>
            </div>
          </div>
        </li>
      </ul>
      {can(me.data, 'reports:configure') ? (
        <p className="nhsuk-body">
          <Link to="/reports/settings">Report settings</Link>: caseload capacity, the supervisor alert and the saved return on
          investment assumptions.
        </p>
      ) : null}
    </>
  );
}
