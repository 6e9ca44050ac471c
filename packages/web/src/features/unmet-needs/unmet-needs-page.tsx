import { UNMET_NEED_REASON_LABELS } from '@kith/shared';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useUnmetNeeds } from './unmet-need-queries.ts';

const PAGE_SIZE = 50;

function readPage(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** `/unmet-needs`: needs nothing in the directory could meet, newest first. */
export function UnmetNeedsPage() {
  const [searchParams] = useSearchParams();
  const page = readPage(searchParams);
  const needs = useUnmetNeeds({ page, pageSize: PAGE_SIZE });
  usePageTitle('Unmet needs');

  return (
    <>
      <h1>Unmet needs</h1>
      <p className="nhsuk-body">
        Needs that nothing in the directory could meet, recorded by link workers: what, where and why. Newest first.
      </p>
      <QueryState query={needs} what="unmet needs">
        {(data) => (
          <>
            <NhsTable
              caption="Unmet needs"
              captionStyle="visually-hidden"
              columns={['Need', 'Area', 'Why it was not met', 'Recorded by', 'Recorded']}
              rows={data.items}
              rowKey={(need) => need.id}
              emptyMessage="No unmet needs have been recorded."
              renderRow={(need) => (
                <>
                  <th className="nhsuk-table__header" scope="row">
                    {need.needName}
                  </th>
                  <td className="nhsuk-table__cell">{need.area}</td>
                  <td className="nhsuk-table__cell">
                    {UNMET_NEED_REASON_LABELS[need.reason]}
                    {need.note ? (
                      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour kith-pre-line nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">
                        {need.note}
                      </p>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">{need.recordedByName ?? 'A former user'}</td>
                  <td className="nhsuk-table__cell">
                    <time dateTime={need.recordedAt}>{formatDateTime(need.recordedAt)}</time>
                  </td>
                </>
              )}
            />
            <PaginationNav
              of={data}
              noun="unmet needs"
              hrefFor={(next) => (next > 1 ? `/unmet-needs?page=${next}` : '/unmet-needs')}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
