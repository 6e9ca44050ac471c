import type { LetterSummary } from '@kith/shared';
import { useId, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { formatFileSize, letterName } from './letter-labels.ts';
import { type LetterSource, useMakeLetter } from './letter-queries.ts';

interface MakeLetterButtonProps {
  source: LetterSource;
  /** The button's words, e.g. "Download care plan (PDF)". */
  label: string;
  /** Ticks "Large print" to start with, e.g. when the person's record asks for large print. */
  largePrintByDefault?: boolean;
  /** Shown under the button, e.g. which version of the plan the PDF shows. */
  hint?: string;
}

/**
 * Makes a letter as a PDF on the server (kept on the person's record), then downloads it. The
 * button says what it is doing while the PDF is made, the result is announced in a status
 * region, and a plain link to the PDF stays for anyone whose browser did not start the download.
 */
export function MakeLetterButton({ source, label, largePrintByDefault = false, hint }: MakeLetterButtonProps) {
  const id = useId();
  const [largePrint, setLargePrint] = useState(largePrintByDefault);
  const make = useMakeLetter(source);
  const [made, setMade] = useState<LetterSummary | null>(null);

  const start = () => {
    setMade(null);
    make.mutate(
      { largePrint },
      {
        onSuccess: (letter) => {
          setMade(letter);
          // The PDF is sent as an attachment, so the browser saves it and stays on this page.
          window.location.assign(letter.downloadUrl);
        },
      },
    );
  };

  return (
    <div className="nhsuk-u-margin-bottom-5 kith-no-print">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-bottom-3">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={`${id}-large-print`}
            type="checkbox"
            checked={largePrint}
            onChange={(event) => setLargePrint(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-large-print`}>
            Large print (16 point text)
          </label>
        </div>
      </div>
      <Button
        type="button"
        variant="secondary"
        className="nhsuk-u-margin-bottom-2"
        pending={make.isPending}
        pendingLabel="Making the PDF…"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onClick={start}
      >
        {label}
      </Button>
      {hint ? (
        <p className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <p className="nhsuk-body" role="status">
        {make.isPending ? 'Making the PDF. This can take a few seconds.' : null}
        {made ? (
          <>
            The PDF is ready and kept on the person's record.{' '}
            <a href={made.downloadUrl} download>
              Download {letterName(made).toLowerCase()} (PDF, {formatFileSize(made.byteLength)})
            </a>
          </>
        ) : null}
      </p>
      {make.isError ? (
        <div className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem(make.error)}
        </div>
      ) : null}
    </div>
  );
}

/** The server's own words for a refusal (e.g. no care plan yet), or a general message. */
function problem(error: unknown): string {
  if (error instanceof ApiError && error.message) return error.message;
  return 'The PDF could not be made. Try again.';
}
