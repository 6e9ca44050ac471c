import { type MouseEvent, useEffect, useRef } from 'react';
import { type FormIssue, fieldId } from '../api/form-issues.ts';

const ERROR_PREFIX = 'Error: ';

interface ErrorSummaryProps {
  issues: readonly FormIssue[];
  /** Paths that have a control on this form; issues for other paths are listed without a link. */
  linkablePaths?: readonly string[];
  /**
   * Changes each time the user tries to submit and problems are shown. The summary takes focus
   * then, and not while the user types (when the issues are recomputed but nothing was tried).
   */
  focusKey?: number;
}

/**
 * NHS error summary: listed at the top of the form, focused when it appears so screen reader
 * users hear it, each error linking to its field.
 * https://service-manual.nhs.uk/design-system/components/error-summary
 */
export function ErrorSummary({ issues, linkablePaths, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasIssues = issues.length > 0;
  const focusWhen = focusKey ?? issues;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows each attempt (`focusWhen`), not each render.
  useEffect(() => {
    if (hasIssues) ref.current?.focus();
  }, [focusWhen]);

  // "Error: " before the page title while errors show, as the NHS service manual asks, for
  // every form on the page, including forms that are one section of a larger page.
  const showing = issues.length > 0;
  useEffect(() => {
    if (!showing) return;
    if (!document.title.startsWith(ERROR_PREFIX)) document.title = `${ERROR_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length);
    };
  }, [showing]);

  if (issues.length === 0) return null;

  // The same problem reported twice (by the browser and the server) is listed once.
  const unique = issues.filter(
    (issue, index) => issues.findIndex((other) => other.path === issue.path && other.message === issue.message) === index,
  );

  const canLink = (path: string) => path !== '' && (linkablePaths === undefined || linkablePaths.includes(path));

  const focusField = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    const target = document.getElementById(fieldId(path));
    if (!target) return;
    event.preventDefault();
    target.focus();
    // Bring the label into view too, not only the input.
    const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`) ?? target;
    label.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">There is a problem</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {unique.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {canLink(issue.path) ? (
                  <a href={`#${fieldId(issue.path)}`} onClick={(event) => focusField(event, issue.path)}>
                    {issue.message}
                  </a>
                ) : (
                  issue.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
