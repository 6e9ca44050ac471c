import { Button } from '../button.tsx';

interface StaleVersionWarningProps {
  /** What changed, e.g. "this plan" or "this record". */
  subject: string;
  /** What reloading brings, e.g. "the latest plan". */
  latest: string;
  onReload: () => void;
  reloading: boolean;
}

/**
 * Someone else saved first (a 409 on a version check): the edits stay in the form until the user
 * chooses to reload, so nothing typed is lost without their say.
 */
export function StaleVersionWarning({ subject, latest, onReload, reloading }: StaleVersionWarningProps) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Someone else has changed {subject}
      </h2>
      <p>
        Your changes have not been saved and are still in the form below. Reloading shows {latest} and replaces your changes, so
        copy anything you want to keep first.
      </p>
      <Button
        type="button"
        variant="secondary"
        className="nhsuk-u-margin-bottom-0"
        onClick={onReload}
        pending={reloading}
        pendingLabel="Reloading…"
      >
        Reload {latest}
      </Button>
    </div>
  );
}
