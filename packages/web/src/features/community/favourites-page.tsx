import { Link } from 'react-router';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useFavourites } from './post-queries.ts';
import { PostSummaryList } from './post-summary-list.tsx';

/** `/community/favourites`: the posts the member saved, most recently saved first (members only). */
export function FavouritesPage() {
  usePageTitle('My favourites');
  const { page, hrefFor } = usePageParam();
  const favourites = useFavourites(true, page);

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <h1>My favourites</h1>
      <QueryState query={favourites} what="your favourites">
        {(data) => (
          <>
            <PostSummaryList
              posts={data.items}
              emptyText="You have not saved any posts yet. Open a post and choose “Add to my favourites” to find it here."
            />
            <PaginationNav of={data} noun="favourites" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
      <p className="nhsuk-body">
        <Link to="/community/posts">Browse the blog and discussions</Link>
      </p>
    </>
  );
}
