import type { CarePlan } from '@kith/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { StaleVersionWarning } from '../../components/form/stale-version-warning.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { buildSavePlanRequest, carePlanFieldOrder, planToForm } from './care-plan-values.ts';
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
  const [initial] = useState(() => planToForm(plan));
  const [stale, setStale] = useState(false);
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (values) => buildSavePlanRequest(values, plan.version),
    fieldOrder: carePlanFieldOrder,
    onSubmit: async (request) => {
      setStale(false);
      try {
        onSaved(await save.mutateAsync(request));
      } catch (error) {
        setStale(isApiError(error, 'conflict'));
        throw error;
      }
    },
  });
  // Edits that differ from what the server holds are not lost to a tab switch or a closed window.
  useUnsavedChangesWarning(kith.dirty);
  const { control } = kith.form;

  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  return (
    <KithFormFrame
      kith={kith}
      intro={
        stale ? (
          <StaleVersionWarning subject="this plan" latest="the latest plan" onReload={onReload} reloading={reloading} />
        ) : null
      }
    >
      <FormTextareaField
        control={control}
        name="whatMatters"
        label="What matters to me"
        labelClass="nhsuk-label--m"
        hint="In the person's own words"
        rows={5}
      />
      <PlanGoalsField control={control} focusLater={setPendingFocus} />
      <PlanActionsField control={control} focusLater={setPendingFocus} />
      <FormDateInputField
        control={control}
        name="reviewDate"
        legend="Review date (optional)"
        legendClass="nhsuk-fieldset__legend--m"
        hint="When you will next go through the plan together"
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        Save care plan
      </Button>
    </KithFormFrame>
  );
}
