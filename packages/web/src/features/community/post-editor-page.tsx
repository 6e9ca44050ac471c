import type { CommunityPostDetail, PostKind } from '@kith/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { PostForm, type PostSave } from './post-form.tsx';
import { emptyPostValues, valuesFromPost, writableKinds } from './post-form-values.ts';
import { useCreatePost, usePost, usePublishPost, useUpdatePost } from './post-queries.ts';

/** What to say on the post's page after saving. */
function flashFor(post: CommunityPostDetail, created: boolean): FlashState {
  if (post.status === 'draft') {
    return { flash: 'Your draft has been saved', flashDetail: 'Only community editors can see it until it is published.' };
  }
  if (post.kind === 'discussion' && created) return { flash: 'Your discussion has been published' };
  return { flash: created ? 'Your post has been published' : 'Your changes have been saved' };
}

/** `/community/posts/new`: editors write blog and guest blog posts; every member can start a discussion. */
export function NewPostPage() {
  const me = useCommunityMe();
  const navigate = useNavigate();
  const create = useCreatePost();
  const publish = usePublishPost();
  const kinds: PostKind[] = writableKinds(me.data);
  const title = me.data?.isEditor ? 'Write a post' : 'Start a discussion';
  usePageTitle(title);

  const onSave = async (save: PostSave) => {
    if (save.mode !== 'create') return;
    const post = await create.mutateAsync(save.request);
    if (!save.publish || post.status === 'published') {
      navigate(`/community/posts/${post.id}`, { state: flashFor(post, true) });
      return;
    }
    // The draft is saved either way: if publishing fails, go to it rather than invite a second copy.
    try {
      const published = await publish.mutateAsync(post.id);
      navigate(`/community/posts/${post.id}`, { state: flashFor(published, true) });
    } catch {
      const state: FlashState = {
        flash: 'Your draft has been saved',
        flashDetail: 'It could not be published just now. Try “Publish this post” again below.',
      };
      navigate(`/community/posts/${post.id}`, { state });
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to="/community/posts">
          Blog and discussions
        </Link>
        <PostForm
          intro={<h1>{title}</h1>}
          kinds={kinds}
          initial={emptyPostValues(kinds[0] ?? 'discussion')}
          mode="create"
          onSave={onSave}
        />
      </div>
    </div>
  );
}

/** `/community/posts/:id/edit`: editors edit blog posts; authors and moderators edit discussions. */
export function EditPostPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const post = usePost(id);
  const update = useUpdatePost(id);
  usePageTitle(post.data ? `Edit “${post.data.title}”` : 'Edit post');

  if (post.isPending) return <LoadingState what="the post" />;
  if (post.isError) {
    return (
      <>
        <h1>Edit post</h1>
        <ErrorState error={post.error} what="the post" onRetry={() => void post.refetch()} />
      </>
    );
  }

  const onSave = async (save: PostSave) => {
    if (save.mode !== 'update') return;
    const saved = Object.keys(save.request).length === 0 ? post.data : await update.mutateAsync(save.request);
    navigate(`/community/posts/${saved.id}`, { state: flashFor(saved, false) });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/community/posts/${id}`}>
          Back to the post
        </Link>
        <PostForm
          intro={<h1>Edit “{post.data.title}”</h1>}
          kinds={[post.data.kind]}
          initial={valuesFromPost(post.data)}
          mode="update"
          onSave={onSave}
        />
      </div>
    </div>
  );
}
