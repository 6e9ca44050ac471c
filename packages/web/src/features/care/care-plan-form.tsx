import type { CarePlan } from '@kith/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { hasChanges } from '../../components/unsaved-changes.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { buildSavePlanRequest, type CarePlanFormValues, planToForm } from './care-plan-values.ts';
import { useSaveCarePlan } from './care-queries.ts';
import { PlanActionsField } from './plan-actions-field.tsx';
import { PlanGoalsField } from './plan-goals-field.tsx';

interface CarePlanFormProps {
  plan: CarePlan;
  onSaved: (plan: CarePlan) => void;
  /** Fetches the latest plan; the page then starts the editor again from it. */
  onReload: () => void;
  reloading: boolean;
}

/**
 * The personalised care and support plan editor. Saving sends the version it started from: if
 * someone else saved in between, the server refuses (409) and the user's edits stay in the form.
 */
export function CarePlanForm({ plan, onSaved, onReload, reloading }: CarePlanFormProps) {
  const save = useSaveCarePlan(plan.referralId);
  const [values, setValues] = useState<CarePlanFormValues>(() => planToForm(plan));
  // What the server holds: edits that differ are not lost to a tab switch or a closed window.
  const [savedValues, setSavedValues] = useState<CarePlanFormValues>(values);
  useUnsavedChangesWarning(hasChanges(values, savedValues));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [stale, setStale] = useState(false);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const set = (change: Partial<CarePlanFormValues>) => setValues({ ...values, ...change });

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildSavePlanRequest(values, plan.version);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setStale(false);
    save.mutate(checked.data, {
      onSuccess: (saved) => {
        setSavedValues(values);
        onSaved(saved);
      },
      onError: (error) => {
        setStale(isApiError(error, 'conflict'));
        setIssues(issuesFromError(error));
      },
    });
  };

  return (
    <>
      <ErrorSummary issues={issues} />
      {stale ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Someone else has changed this plan
          </h2>
          <p>
            Your changes have not been saved and are still in the form below. Reloading shows the latest plan and replaces your
            changes, so copy anything you want to keep first.
          </p>
          <Button
            type="button"
            variant="secondary"
            className="nhsuk-u-margin-bottom-0"
            onClick={onReload}
            pending={reloading}
            pendingLabel="Reloading…"
          >
            Reload the latest plan
          </Button>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextareaField
          id="whatMatters"
          label="What matters to me"
          labelClass="nhsuk-label--m"
          hint="In the person's own words"
          value={values.whatMatters}
          onChange={(whatMatters) => set({ whatMatters })}
          rows={5}
          error={messageFor(issues, 'whatMatters')}
        />
        <PlanGoalsField goals={values.goals} onChange={(goals) => set({ goals })} issues={issues} focusLater={setPendingFocus} />
        <PlanActionsField
          actions={values.actions}
          onChange={(actions) => set({ actions })}
          issues={issues}
          focusLater={setPendingFocus}
        />
        <DateInputField
          id="reviewDate"
          legend="Review date (optional)"
          legendClass="nhsuk-fieldset__legend--m"
          hint="When you will next go through the plan together"
          value={values.reviewDate}
          onChange={(reviewDate) => set({ reviewDate })}
          error={messageFor(issues, 'reviewDate')}
        />
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save care plan
        </Button>
      </form>
    </>
  );
}
