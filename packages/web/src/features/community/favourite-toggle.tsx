import { type CommunityMe, type CommunityPostDetail, FAVOURITE_NEEDS_MEMBER_MESSAGE } from '@kith/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { MemberPrompt } from './member-prompt.tsx';
import { useSetFavourite } from './post-queries.ts';
import { useCommunityAction } from './use-community-form.ts';

/** Save a post to "my favourites", or take it off again; visitors are told they need to be members. */
export function FavouriteToggle({ post, me }: { post: CommunityPostDetail; me: CommunityMe | undefined }) {
  const setFavourite = useSetFavourite(post.id);
  const [message, setMessage] = useState('');
  const kith = useCommunityAction(async () => {
    const favourite = !post.isFavourite;
    setMessage('');
    await setFavourite.mutateAsync(favourite);
    setMessage(favourite ? 'Saved to your favourites.' : 'Removed from your favourites.');
  });

  if (!me?.isMember) {
    return (
      <section aria-labelledby="favourite-heading">
        <h2 id="favourite-heading">Favourites</h2>
        <MemberPrompt message={FAVOURITE_NEEDS_MEMBER_MESSAGE} me={me} />
      </section>
    );
  }

  return (
    <section aria-labelledby="favourite-heading">
      <h2 id="favourite-heading">Favourites</h2>
      <KithFormFrame kith={kith}>
        <p className="nhsuk-body">
          {post.isFavourite ? 'This post is in your favourites.' : 'Save this post to find it again under my favourites.'}
        </p>
        <div className="kith-inline-actions">
          <Button variant="secondary" className="nhsuk-u-margin-bottom-0" type="submit" pending={kith.pending}>
            {post.isFavourite ? 'Remove from my favourites' : 'Add to my favourites'}
          </Button>
          <Link className="nhsuk-body nhsuk-u-margin-bottom-0" to="/community/favourites">
            My favourites
          </Link>
        </div>
      </KithFormFrame>
      <p className="nhsuk-body" role="status">
        {message}
      </p>
    </section>
  );
}
