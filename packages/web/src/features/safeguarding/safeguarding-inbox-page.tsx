import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ConcernCategory } from './concern-category.tsx';
import { ConcernStatusTag } from './concern-status-tag.tsx';
import { useSafeguardingInbox } from './safeguarding-queries.ts';

/** `/safeguarding`: the concerns a lead or supervisor was told about, unread first. */
export function SafeguardingInboxPage() {
  usePageTitle('Safeguarding concerns');
  const { page, hrefFor } = usePageParam();
  const inbox = useSafeguardingInbox(page);
  const unread = inbox.data?.unread ?? 0;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Safeguarding concerns</h1>
        <p className="nhsuk-body">
          Concerns you were told about as a safeguarding lead or supervisor. Open one to acknowledge it and record what happens.
        </p>
        <QueryState query={inbox} what="safeguarding concerns">
          {(data) => (
            <>
              <p className="nhsuk-body" role="status">
                {unread === 1 ? '1 concern you have not opened yet.' : `${unread} concerns you have not opened yet.`}
              </p>
              <NhsTable
                caption="Safeguarding concerns, unopened first"
                captionStyle="visually-hidden"
                columns={['Person', 'Type', 'Status', 'Raised', 'Raised by']}
                rows={data.items}
                rowKey={(item) => item.id}
                emptyMessage="You have not been told about any safeguarding concerns."
                renderRow={(item) => (
                  <>
                    <th className="nhsuk-table__header" scope="row">
                      <Link to={`/safeguarding/${item.id}`}>{item.personName}</Link>
                      {item.readAt === null ? (
                        <>
                          {' '}
                          <strong className="nhsuk-tag nhsuk-tag--yellow">New</strong>
                        </>
                      ) : null}
                    </th>
                    <td className="nhsuk-table__cell">
                      <ConcernCategory category={item.category} immediateRisk={item.immediateRisk} />
                    </td>
                    <td className="nhsuk-table__cell">
                      <ConcernStatusTag status={item.status} />
                    </td>
                    <td className="nhsuk-table__cell">
                      <time dateTime={item.raisedAt}>{formatDateTime(item.raisedAt)}</time>
                    </td>
                    <td className="nhsuk-table__cell">{item.raisedByName ?? 'A former user'}</td>
                  </>
                )}
              />
              <PaginationNav of={data} noun="concerns" hrefFor={hrefFor} />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
