import type { WorkforcePost } from '@kith/shared';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PostForm } from './post-form.tsx';
import { EMPTY_POST, postFormValues } from './post-form-values.ts';
import { usePost, usePostOptions, useWorkforcePcns } from './workforce-queries.ts';

function useAfterSave(verb: string) {
  const navigate = useNavigate();
  return (post: WorkforcePost) => {
    const state: FlashState = { flash: `${post.title} ${verb}`, flashDetail: 'The funding planner includes it straight away.' };
    navigate(`/workforce/posts?pcnId=${post.pcnId}`, { state });
  };
}

/** `/workforce/posts/new?pcnId=`: add a post to a PCN. */
export function NewPostPage() {
  usePageTitle('Add a post');
  const [searchParams] = useSearchParams();
  const pcns = useWorkforcePcns();
  const pcn = pcns.data?.find((p) => p.id === searchParams.get('pcnId')) ?? pcns.data?.[0];
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
        ) : failed ? (
          <ErrorState error={failed} what="the form" />
        ) : (
          <LoadingState what="the form" />
        )}
      </div>
    </div>
  );
}

/** `/workforce/posts/:id`: a post's details, editable by the PCN's managers. */
export function EditPostPage() {
  const { id = '' } = useParams();
  const post = usePost(id);
  const choices = usePostOptions(post.data?.pcnId);
  usePageTitle(post.data?.title ?? 'Post');
  const onSaved = useAfterSave('saved');
  const failed = post.error ?? choices.error;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/workforce/posts?pcnId=${post.data?.pcnId ?? ''}`}>Back to posts</BackLink>
        <h1>{post.data?.title ?? 'Post'}</h1>
        {post.data && choices.data ? (
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
