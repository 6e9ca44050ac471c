import { type CommunityMe, type CommunityPostDetail, RATE_NEEDS_MEMBER_MESSAGE, RatePostRequest } from '@kith/shared';
import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { communityIssues, movingIssues } from './community-issues.ts';
import { MemberPrompt } from './member-prompt.tsx';
import { useRatePost } from './post-queries.ts';
import './community.css';

const STARS = [1, 2, 3, 4, 5] as const;

function starsText(stars: number): string {
  return stars === 1 ? '1 star' : `${stars} stars`;
}

/**
 * Five real radio buttons drawn as stars: arrow keys move between them, each is announced as
 * "1 star" … "5 stars", and the chosen number is also written out for sighted readers.
 */
function StarRadios({ control }: { control: Control<{ stars: number }> }) {
  const { value, onChange, error } = useBoundField({ control, name: 'stars' });
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
  const [saved, setSaved] = useState<number | null>(null);
  const kith = useKithForm({
    defaultValues: { stars: post.myRating ?? 0 },
    fieldOrder: ['stars'],
    toRequest: ({ stars }) =>
      movingIssues(validateWith(RatePostRequest, { stars: stars || undefined }), (issues) =>
        issues.map((issue) => ({ ...issue, path: 'stars', message: 'Choose from 1 to 5 stars' })),
      ),
    issuesFor: communityIssues,
    onSubmit: async ({ stars }) => {
      setSaved(null);
      await rate.mutateAsync(stars);
      setSaved(stars);
    },
  });

  return (
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">Rating</h2>
      <p className="nhsuk-body-l" id="rating-text">
        {post.ratingText}
      </p>
      {me?.isMember ? (
        <>
          <KithFormFrame kith={kith} linkablePaths={['stars']}>
            <StarRadios control={kith.form.control} />
            <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
              {post.myRating ? 'Change my rating' : 'Save my rating'}
            </Button>
          </KithFormFrame>
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
