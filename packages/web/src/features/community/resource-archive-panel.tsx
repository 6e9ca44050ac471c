import type { CommunityResource } from '@kith/shared';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useSetResourceArchived } from './resource-editor-queries.ts';
import { resourceSearchHref } from './resource-search-params.ts';
import { useCommunityAction } from './use-community-form.ts';

/** The words for each way round: archiving a resource readers see, or restoring an archived one. */
const WORDS = {
  archive: {
    heading: 'Archive this resource',
    explain: 'Archiving hides the resource from the library. It is kept, and an editor can restore it.',
    startVariant: 'warning',
    question: (title: string) => `Archive “${title}”?`,
    consequence: 'Readers will no longer find it in the library or its category. Editors can still see it and restore it.',
    yesVariant: 'warning',
    yes: 'Yes, archive it',
    pending: 'Archiving…',
    no: 'No, keep it in the library',
  },
  restore: {
    heading: 'Restore this resource',
    explain: 'This resource is archived: readers do not see it in the library.',
    startVariant: 'secondary',
    question: (title: string) => `Restore “${title}”?`,
    consequence: 'It will be back in the library and its category for everyone.',
    yesVariant: 'primary',
    yes: 'Yes, restore it',
    pending: 'Restoring…',
    no: 'No, leave it archived',
  },
} as const;

/** What the library says afterwards. */
function flashFor(resource: CommunityResource): FlashState {
  return resource.archived
    ? {
        flash: `“${resource.title}” has been archived`,
        flashDetail: 'Readers no longer see it. Editors can find it with “Show archived resources” and restore it.',
      }
    : { flash: `“${resource.title}” has been restored`, flashDetail: 'Readers can find it in the library again.' };
}

/**
 * Archiving (hidden from readers, kept) or restoring takes two presses: the first explains what
 * happens, the second does it. Focus moves to the question and back, so keyboard and screen
 * reader users are never left on a button that has gone.
 */
export function ResourceArchivePanel({ resource }: { resource: CommunityResource }) {
  const navigate = useNavigate();
  const change = useSetResourceArchived(resource.id);
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);
  const archiving = !resource.archived;
  const words = archiving ? WORDS.archive : WORDS.restore;

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (hasAsked.current) startRef.current?.focus();
    if (confirming) hasAsked.current = true;
  }, [confirming]);

  const kith = useCommunityAction(async () => {
    const saved = await change.mutateAsync(archiving);
    // A restored resource is shown among its category; an archived one may have been its category's last.
    navigate(saved.archived ? resourceSearchHref({}) : resourceSearchHref({ category: saved.category }), {
      state: flashFor(saved),
    });
  });

  const cancel = () => {
    kith.form.clearErrors();
    setConfirming(false);
  };

  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">{words.heading}</h2>
      {confirming ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label" tabIndex={-1} ref={questionRef}>
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {words.question(resource.title)}
          </h3>
          <KithFormFrame kith={kith}>
            <p>{words.consequence}</p>
            <div className="nhsuk-button-group">
              <Button variant={words.yesVariant} type="submit" pending={kith.pending} pendingLabel={words.pending}>
                {words.yes}
              </Button>
              <Button variant="secondary" type="button" onClick={cancel}>
                {words.no}
              </Button>
            </div>
          </KithFormFrame>
        </div>
      ) : (
        <>
          <p className="nhsuk-body">{words.explain}</p>
          <Button ref={startRef} variant={words.startVariant} type="button" onClick={() => setConfirming(true)}>
            {words.heading}
          </Button>
        </>
      )}
    </section>
  );
}
