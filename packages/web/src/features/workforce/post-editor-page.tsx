import type { WorkforcePost } from '@kith/shared';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PostForm } from './post-form.tsx';
import { EMPTY_POST, postFormValues } from './post-form-values.ts';
import { PostSummary } from './post-summary.tsx';
import { usePost, usePostOptions, useWorkforcePcns } from './workforce-queries.ts';

function useAfterSave(verb: string) {
  const navigate = useNavigate();
  return (post: WorkforcePost) => {
    const state: FlashState = { flash: `${post.title} ${verb}`, flashDetail: 'The funding planner includes it straight away.' };
    navigate(`/workforce/posts?pcnId=${post.pcnId}`, { state });
  };
}

const READ_ONLY_NOTE = 'Only PCN managers can add or change posts.';

/** `/workforce/posts/new?pcnId=`: add a post to a PCN the user manages. */
export function NewPostPage() {
  usePageTitle('Add a post');
  const [searchParams] = useSearchParams();
  const pcns = useWorkforcePcns();
  // Only PCNs the server says the user manages: a supervisor reaching this address gets a note, not a form that cannot save.
  const manageable = pcns.data?.filter((p) => p.canManage);
  const pcn = manageable?.find((p) => p.id === searchParams.get('pcnId')) ?? manageable?.[0];
  const choices = usePostOptions(pcn?.id);
  const onSaved = useAfterSave('added');
  const failed = pcns.error ?? choices.error;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/workforce/posts?pcnId=${pcn?.id ?? ''}`}>Back to posts</BackLink>
        <h1>
          {pcn ? (
            <span className="nhsuk-caption-l">
              {pcn.name}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
          ) : null}
          Add a post
        </h1>
        {pcn && choices.data ? (
          <PostForm pcnId={pcn.id} initial={EMPTY_POST} choices={choices.data} onSaved={onSaved} />
        ) : manageable && !pcn ? (
          <p className="nhsuk-body">{READ_ONLY_NOTE}</p>
        ) : failed ? (
          <ErrorState error={failed} what="the form" />
        ) : (
          <LoadingState what="the form" />
        )}
      </div>
    </div>
  );
}

/**
 * `/workforce/posts/:id`: a post's details — a form for the PCN's managers, a summary for those who
 * may only read them (supervisors). Who manages which PCN comes from the server's `canManage`,
 * which also refuses any change; this only spares readers a form that cannot save.
 */
export function EditPostPage() {
  const { id = '' } = useParams();
  const post = usePost(id);
  const pcns = useWorkforcePcns();
  const canManage = pcns.data?.some((p) => p.id === post.data?.pcnId && p.canManage) ?? false;
  const choices = usePostOptions(canManage ? post.data?.pcnId : undefined);
  usePageTitle(post.data?.title ?? 'Post');
  const onSaved = useAfterSave('saved');
  const failed = post.error ?? pcns.error ?? choices.error;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/workforce/posts?pcnId=${post.data?.pcnId ?? ''}`}>Back to posts</BackLink>
        <h1>{post.data?.title ?? 'Post'}</h1>
        {post.data && pcns.data && !canManage ? (
          <>
            <p className="nhsuk-body">{READ_ONLY_NOTE}</p>
            <PostSummary post={post.data} />
          </>
        ) : post.data && choices.data ? (
          <PostForm
            key={post.data.id}
            pcnId={post.data.pcnId}
            postId={post.data.id}
            initial={postFormValues(post.data)}
            choices={choices.data}
            onSaved={onSaved}
          />
        ) : failed ? (
          <ErrorState error={failed} what="the post" />
        ) : (
          <LoadingState what="the post" />
        )}
      </div>
    </div>
  );
}
