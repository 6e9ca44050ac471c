import { POST_ROLE_LABELS, type WorkforcePost } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PcnSelect } from './pcn-select.tsx';
import { usePcnChoice } from './use-pcn-choice.ts';
import { EMPLOYMENT_MODEL_SHORT, formatMoney } from './workforce-format.ts';
import { usePosts } from './workforce-queries.ts';

function payOf(post: WorkforcePost): string {
  return post.band ? `Band ${post.band}, from point ${post.startingPayPoint ?? 1}` : `Spot ${formatMoney(post.spotSalary ?? 0)}`;
}

/** `/workforce/posts`: the PCN's posts, with "Add a post" for PCN managers. */
export function PostsPage() {
  usePageTitle('Link worker posts');
  const location = useLocation();
  const flash = readFlash(location.state);
  const { pcns, items, pcn, choose } = usePcnChoice();
  const { page, hrefFor } = usePageParam();
  const posts = usePosts(pcn?.id, page);
  const failed = pcns.error ?? posts.error;

  return (
    <>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>Link worker posts</h1>
      <PcnSelect items={items} value={pcn?.id ?? ''} onChange={choose} />
      {pcns.data && !pcn ? <p className="nhsuk-body">You do not plan the workforce of any PCN.</p> : null}
      {posts.data ? (
        <>
          <p className="nhsuk-body">
            Posts in {pcn?.name}. See what they cost and what can be claimed in the{' '}
            <Link to={`/workforce/funding?pcnId=${pcn?.id ?? ''}`}>funding planner</Link>.
          </p>
          {posts.data.canManage ? <ButtonLink to={`/workforce/posts/new?pcnId=${pcn?.id ?? ''}`}>Add a post</ButtonLink> : null}
          <NhsTable
            caption={`Posts in ${pcn?.name ?? 'the PCN'}`}
            captionStyle="visually-hidden"
            columns={['Post', 'Role', 'Held by', 'Employer', 'Pay', 'WTE', 'Started']}
            rows={posts.data.items}
            rowKey={(post) => post.id}
            emptyMessage="No posts yet."
            renderRow={(post) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  <Link to={`/workforce/posts/${post.id}`}>{post.title}</Link>
                </th>
                <td className="nhsuk-table__cell">{POST_ROLE_LABELS[post.role]}</td>
                <td className="nhsuk-table__cell">{post.holderDisplayName ?? 'Vacant'}</td>
                <td className="nhsuk-table__cell">
                  {post.employerName} ({EMPLOYMENT_MODEL_SHORT[post.employmentModel]})
                </td>
                <td className="nhsuk-table__cell">{payOf(post)}</td>
                <td className="nhsuk-table__cell">{post.wte.toFixed(2)}</td>
                <td className="nhsuk-table__cell">{formatCalendarDate(post.startDate)}</td>
              </>
            )}
          />
          <PaginationNav of={posts.data} noun="posts" hrefFor={hrefFor} />
        </>
      ) : failed ? (
        <ErrorState error={failed} what="the posts" onRetry={() => void posts.refetch()} />
      ) : pcn || !pcns.data ? (
        <LoadingState what="the posts" />
      ) : null}
    </>
  );
}
