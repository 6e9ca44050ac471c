import { type CommunityMe, type CommunityPostDetail, RATE_NEEDS_MEMBER_MESSAGE, RatePostRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { communityIssues } from './community-issues.ts';
import { MemberPrompt } from './member-prompt.tsx';
import { useRatePost } from './post-queries.ts';
import './community.css';
import { Button } from '../../components/button.tsx';

const STARS = [1, 2, 3, 4, 5] as const;

function starsText(stars: number): string {
  return stars === 1 ? '1 star' : `${stars} stars`;
}

/**
 * Five real radio buttons drawn as stars: arrow keys move between them, each is announced as
 * "1 star" … "5 stars", and the chosen number is also written out for sighted readers.
 */
function StarRadios({ value, onChange, error }: { value: number; onChange: (stars: number) => void; error: string | undefined }) {
  const hintId = 'stars-hint';
  const errorId = error ? 'stars-error' : undefined;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Your rating</legend>
        <div className="nhsuk-hint" id={hintId}>
          Choose from 1 to 5 stars. Rating again changes your rating.
        </div>
        <FieldErrorMessage id="stars-error" message={error} />
        <div className="kith-stars">
          {STARS.map((stars) => {
            const id = stars === 1 ? 'stars' : `stars-${stars}`;
            const filled = stars <= value;
            return (
              <div className="kith-star" key={stars}>
                <input
                  className="kith-star__input"
                  type="radio"
                  id={id}
                  name="stars"
                  value={stars}
                  checked={value === stars}
                  onChange={() => onChange(stars)}
                />
                <label className={filled ? 'kith-star__label kith-star__label--filled' : 'kith-star__label'} htmlFor={id}>
                  <span aria-hidden="true">{filled ? '★' : '☆'}</span>
                  <span className="nhsuk-u-visually-hidden">{starsText(stars)}</span>
                </label>
              </div>
            );
          })}
        </div>
        <p className="nhsuk-body-s" aria-hidden="true">
          {value ? `${starsText(value)} chosen` : 'No stars chosen'}
        </p>
      </fieldset>
    </div>
  );
}

/** A post's rating in words ("3 votes, average: 4.33 out of 5"), and for members their own stars. */
export function PostRating({ post, me }: { post: CommunityPostDetail; me: CommunityMe | undefined }) {
  const rate = useRatePost(post.id);
  const [stars, setStars] = useState(post.myRating ?? 0);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saved, setSaved] = useState<number | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(RatePostRequest, { stars: stars || undefined });
    if (!checked.ok) {
      setIssues(checked.issues.map((issue) => ({ ...issue, path: 'stars', message: 'Choose from 1 to 5 stars' })));
      return;
    }
    setIssues([]);
    setSaved(null);
    rate.mutate(checked.data.stars, {
      onSuccess: () => setSaved(checked.data.stars),
      onError: (error) => setIssues(communityIssues(error)),
    });
  };

  return (
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">Rating</h2>
      <p className="nhsuk-body-l" id="rating-text">
        {post.ratingText}
      </p>
      {me?.isMember ? (
        <>
          <ErrorSummary issues={issues} linkablePaths={['stars']} />
          <form onSubmit={submit} noValidate>
            <StarRadios value={stars} onChange={setStars} error={messageFor(issues, 'stars')} />
            <Button variant="secondary" type="submit" pending={rate.isPending} pendingLabel="Saving…">
              {post.myRating ? 'Change my rating' : 'Save my rating'}
            </Button>
          </form>
          <p className="nhsuk-body" role="status">
            {saved ? `Your rating of ${starsText(saved)} has been saved.` : ''}
          </p>
        </>
      ) : (
        <MemberPrompt message={RATE_NEEDS_MEMBER_MESSAGE} me={me} />
      )}
    </section>
  );
}
