import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ModeratedCommentCard } from './moderated-comment-card.tsx';
import { MODERATION_FILTERS, type ModerationFilter, useModeratedComments } from './moderation-queries.ts';

const FILTER_LABELS: Record<ModerationFilter, string> = {
  pending: 'Waiting for a decision',
  hidden: 'Hidden',
  reported: 'Ever reported',
};

const EMPTY_TEXT: Record<ModerationFilter, string> = {
  pending: 'No comments are waiting for a decision.',
  hidden: 'No comments are hidden.',
  reported: 'No comment has been reported.',
};

function readFilter(search: URLSearchParams): ModerationFilter {
  return MODERATION_FILTERS.find((filter) => filter === search.get('status')) ?? 'pending';
}

function hrefFor(status: ModerationFilter, page = 1): string {
  const search = new URLSearchParams();
  if (status !== 'pending') search.set('status', status);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/community/moderation?${query}` : '/community/moderation';
}

/** `/community/moderation`: reported comments for moderators to hide (with a reason) or keep; hidden ones to restore. */
export function ModerationPage() {
  usePageTitle('Moderation');
  const [searchParams] = useSearchParams();
  const status = readFilter(searchParams);
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const comments = useModeratedComments(status, page);
  const [banner, setBanner] = useState<string | null>(null);

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <SuccessBanner message={banner} />
      <h1>Moderation</h1>
      <p className="nhsuk-body">
        Comments members have reported. Hiding a comment replaces its text for everyone but its author and the moderators;
        restoring brings it back. Reporters stay anonymous.
      </p>
      <nav aria-label="Which comments">
        <ul className="kith-inline-actions nhsuk-list">
          {MODERATION_FILTERS.map((filter) => (
            <li key={filter}>
              {filter === status ? (
                <strong aria-current="page">{FILTER_LABELS[filter]}</strong>
              ) : (
                <Link to={hrefFor(filter)}>{FILTER_LABELS[filter]}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={comments} what="comments">
        {(data) => (
          <>
            {data.items.length === 0 ? <p className="nhsuk-body">{EMPTY_TEXT[status]}</p> : null}
            <ul className="nhsuk-list">
              {data.items.map((comment) => (
                <ModeratedCommentCard key={comment.id} comment={comment} onDone={setBanner} />
              ))}
            </ul>
            <PaginationNav of={data} noun="comments" hrefFor={(next) => hrefFor(status, next)} />
          </>
        )}
      </QueryState>
    </>
  );
}
