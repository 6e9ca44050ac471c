interface FieldErrorMessageProps {
  id: string;
  message: string | undefined;
}

/** The red message shown above a control that has an error; prefixed "Error:" for screen readers. */
export function FieldErrorMessage({ id, message }: FieldErrorMessageProps) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}

/** Joins the ids of a control's hint and error for `aria-describedby`, or nothing. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Class names for an NHS form group, marking it red when it has an error. */
export function formGroupClass(error: string | undefined, extra?: string): string {
  return ['nhsuk-form-group', error ? 'nhsuk-form-group--error' : '', extra ?? ''].filter(Boolean).join(' ');
}
