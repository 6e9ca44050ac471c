import { financialYearOf } from '@kith/shared';
import { Link, useSearchParams } from 'react-router';
import { buildApiUrl } from '../../api/api-client.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ClaimScheduleTable, PostCostTable, ProjectionTable } from './funding-tables.tsx';
import { FundingWarnings } from './funding-warnings.tsx';
import { PayComparison } from './pay-comparison.tsx';
import { PcnSelect } from './pcn-select.tsx';
import { usePcnChoice } from './use-pcn-choice.ts';
import { formatMoney, yearChoices } from './workforce-format.ts';
import { useFundingPlan } from './workforce-queries.ts';

/**
 * `/workforce/funding`: the ARRS funding planner for a PCN and financial year — totals, warnings
 * about the reference data, each post, the monthly claim schedule, a projection and local pay.
 */
export function FundingPage() {
  usePageTitle('Funding planner');
  const { pcns, items, pcn, choose } = usePcnChoice();
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = financialYearOf(new Date().toISOString().slice(0, 10));
  const year = searchParams.get('year') ?? thisYear;
  const plan = useFundingPlan(pcn?.id, year);
  const failed = pcns.error ?? plan.error;
  const chooseYear = (next: string) => {
    const params = new URLSearchParams(searchParams);
    params.set('year', next);
    setSearchParams(params);
  };
  const csv = (table: 'posts' | 'schedule') => buildApiUrl('/api/workforce/funding-plan.csv', { pcnId: pcn?.id, year, table });

  return (
    <>
      <h1>Funding planner</h1>
      <p className="nhsuk-body">
        What each post costs (salary with pay-point progression, employer National Insurance and pension), what can be claimed
        through the Additional Roles Reimbursement Scheme and the shortfall the PCN funds.
      </p>
      <PcnSelect items={items} value={pcn?.id ?? ''} onChange={choose} />
      <SelectField
        id="year"
        label="Financial year"
        value={year}
        onChange={chooseYear}
        options={yearChoices(thisYear).map((y) => ({ value: y, label: y }))}
      />
      {plan.data ? (
        <>
          <FundingWarnings warnings={plan.data.warnings} />
          <h2>
            {plan.data.pcn.name}, {plan.data.financialYear}
          </h2>
          <SummaryList
            rows={[
              { key: 'Total cost', value: formatMoney(plan.data.totals.totalCost) },
              { key: 'Claimable through ARRS', value: formatMoney(plan.data.totals.claimable) },
              { key: 'Shortfall the PCN funds', value: formatMoney(plan.data.totals.shortfall) },
            ]}
          />
          <ul className="nhsuk-list">
            <li>
              <a href={csv('posts')} download>
                Download CSV: cost and claim per post
              </a>
            </li>
            <li>
              <a href={csv('schedule')} download>
                Download CSV: monthly claim schedule
              </a>
            </li>
            <li>
              <Link to={`/workforce/posts?pcnId=${plan.data.pcn.id}`}>Posts in this PCN</Link>
            </li>
          </ul>
          <PostCostTable plan={plan.data} />
          <ClaimScheduleTable plan={plan.data} />
          <ProjectionTable plan={plan.data} />
          <PayComparison comparison={plan.data.payComparison} />
        </>
      ) : failed ? (
        <ErrorState error={failed} what="the funding plan" onRetry={() => void plan.refetch()} />
      ) : pcns.data && !pcn ? (
        <p className="nhsuk-body">You do not plan the workforce of any PCN.</p>
      ) : (
        <LoadingState what="the funding plan" />
      )}
    </>
  );
}
