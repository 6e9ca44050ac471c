import { ApiError } from '../api/api-error.ts';
import { Button } from './button.tsx';

interface ErrorStateProps {
  error: unknown;
  /** What failed to load, e.g. "users". */
  what: string;
  onRetry?: () => void;
}

function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected went wrong.';
  switch (error.code) {
    case 'forbidden':
      return 'You do not have permission to see this.';
    case 'not_found':
      return 'It could not be found. It may have been removed, or the link may be wrong.';
    case 'unavailable':
      return error.message || 'The service is not available at the moment.';
    case 'validation':
      return error.message || 'The request was not valid.';
    case 'internal':
      return error.body.requestId
        ? `There is a problem with the service. Reference: ${error.body.requestId}.`
        : 'There is a problem with the service.';
    default:
      return error.message || 'Something went wrong.';
  }
}

/** Shown instead of content that could not be loaded; never a blank screen. */
export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  const canRetry = onRetry && !(error instanceof ApiError && ['forbidden', 'not_found'].includes(error.code));

  return (
    <div className="nhsuk-card nhsuk-card--warning" role="alert">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Sorry, we could not load {what}
        </h2>
        <p className="nhsuk-body">{explain(error)}</p>
        {canRetry ? (
          <Button type="button" variant="secondary" className="nhsuk-u-margin-bottom-0" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </div>
    </div>
  );
}
