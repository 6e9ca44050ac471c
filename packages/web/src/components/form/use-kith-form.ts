import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { type Checked, type FormIssue, type IssueOptions, issuesFromError } from '../../api/form-issues.ts';
import { errorNameFor, fieldErrorsToIssues, issuesToFieldErrors } from './form-errors.ts';

export interface KithFormOptions<Values extends FieldValues, Request> {
  /** What the form starts with (and returns to after a successful save when `clearOnSave`). */
  defaultValues: Values;
  /**
   * The form's own checks plus the shared schema the server uses: builds the request from what
   * was typed, or says what is wrong, with paths that name the fields (see `validateWith`).
   */
  toRequest: (values: Values) => Checked<Request>;
  /** Sends the checked request; a rejection is shown on the form (see `issuesFor`). */
  onSubmit: (request: Request, values: Values) => Promise<unknown>;
  /**
   * Issue paths in the order the fields appear, so the error summary reads top to bottom; a
   * function when rows are added on screen (`locations.2.postcode`) and the order depends on them.
   */
  fieldOrder: readonly string[] | ((values: Values) => readonly string[]);
  /**
   * Tidies what was typed just before it is checked, and shows the tidied values (blank rows
   * dropped), so the row numbers the schema and the server report are the rows on screen.
   */
  prepare?: (values: Values) => Values;
  /**
   * Problems found without a submit (a report query refusing the filters in the address): each
   * new set is shown beside the fields it names and in the summary, like a refused save.
   */
  externalIssues?: readonly FormIssue[];
  /** Turns a failed save into issues; by default the shared mapping of API errors. */
  issuesFor?: (error: unknown) => FormIssue[];
  /** The field a 409 conflict is about, for the default mapping. */
  conflictPath?: IssueOptions['conflictPath'];
  /** Empty the form after a successful save (a form that adds one thing after another). */
  clearOnSave?: boolean;
}

export interface KithForm<Values extends FieldValues> {
  /** The react-hook-form instance: `control` for the bound fields, `setValue`, `reset`, … */
  form: UseFormReturn<Values>;
  /** What is typed now. */
  values: Values;
  /** Changes several fields at once, marking the form as changed. */
  set: (change: Partial<Values>) => void;
  /** Every problem shown, in form order, for the error summary. */
  issues: FormIssue[];
  /** Changes each time problems are shown, so the error summary takes focus once per attempt. */
  attempt: number;
  /** The `<form onSubmit>` handler: checks, sends, and shows what went wrong. */
  submit: (event?: FormEvent<HTMLFormElement>) => Promise<void>;
  /** Shows problems found outside the form's own checks (a confirmation step, a second request). */
  showIssues: (issues: readonly FormIssue[]) => void;
  /** True while the request is on its way. */
  pending: boolean;
  /** True when something typed has not been saved. */
  dirty: boolean;
}

/**
 * Kith's one form mechanism: react-hook-form holds the values, the changed state and the errors;
 * the form's `toRequest` (its own rules and the shared zod schema) is its resolver; and a refused
 * save puts the server's reasons beside the fields they name. What was typed is never lost on
 * a failed save. Errors are checked on submit only (NHS pattern), never while typing.
 */
export function useKithForm<Values extends FieldValues, Request>(options: KithFormOptions<Values, Request>): KithForm<Values> {
  // The latest options, so a resolver made once still sees the form's current props.
  const latest = useRef(options);
  latest.current = options;
  const [attempt, setAttempt] = useState(0);

  const resolver: Resolver<Values> = (values) => {
    const checked = latest.current.toRequest(values);
    if (checked.ok) return { values, errors: {} };
    return { values: {}, errors: issuesToFieldErrors<Values>(checked.issues) };
  };

  const form = useForm<Values>({
    defaultValues: options.defaultValues as DefaultValues<Values>,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The NHS error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });

  const showIssues = (issues: readonly FormIssue[]) => {
    const shown = new Set<string>();
    for (const issue of issues) {
      // The first message for a path wins, as it does for the form's own checks.
      if (shown.has(issue.path)) continue;
      shown.add(issue.path);
      form.setError(errorNameFor(issue.path) as Path<Values>, { type: 'server', message: issue.message });
    }
    setAttempt((count) => count + 1);
  };

  const send = async (values: Values) => {
    const { toRequest, onSubmit, issuesFor, conflictPath, clearOnSave, defaultValues } = latest.current;
    const checked = toRequest(values);
    if (!checked.ok) return showIssues(checked.issues);
    try {
      await onSubmit(checked.data, values);
      // Saved: nothing is unsaved any more; an adding form starts again empty.
      form.reset(clearOnSave ? defaultValues : values);
    } catch (error) {
      showIssues(issuesFor ? issuesFor(error) : issuesFromError(error, { conflictPath }));
    }
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    const { prepare } = latest.current;
    if (prepare) form.reset(prepare(form.getValues()), { keepDefaultValues: true, keepDirty: true });
    let invalid = false;
    await form.handleSubmit(send, () => {
      invalid = true;
    })(event);
    // Counted once react-hook-form has published the errors, so the summary that then takes
    // focus already lists them (it calls onInvalid before it publishes them).
    if (invalid) setAttempt((count) => count + 1);
  };

  // A new set of outside problems is shown once (and the summary takes focus once), not per render.
  const externalKey = JSON.stringify(options.externalIssues ?? []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the problems' content, read through `latest`.
  useEffect(() => {
    if (externalKey !== '[]') showIssues(latest.current.externalIssues ?? []);
  }, [externalKey]);

  const values = form.watch();
  const set = (change: Partial<Values>) => {
    for (const [name, value] of Object.entries(change)) {
      form.setValue(name as Path<Values>, value as PathValue<Values, Path<Values>>, { shouldDirty: true });
    }
  };

  const fieldOrder = typeof options.fieldOrder === 'function' ? options.fieldOrder(values) : options.fieldOrder;
  return {
    form,
    values,
    set,
    issues: fieldErrorsToIssues(form.formState.errors, fieldOrder),
    attempt,
    submit,
    showIssues,
    pending: form.formState.isSubmitting,
    dirty: form.formState.isDirty,
  };
}
