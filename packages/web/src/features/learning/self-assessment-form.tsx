import { COMPETENCY_RATING_LABELS, type CompetencyFramework, type SelfAssessment } from '@kith/shared';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { FormRadiosField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { useSubmitSelfAssessment } from './learning-queries.ts';
import { buildSelfAssessmentRequest, type RatingValues, ratingPath } from './self-assessment-values.ts';

const RATING_ITEMS = ([1, 2, 3, 4] as const).map((r) => ({ value: String(r), label: COMPETENCY_RATING_LABELS[r] }));

/** Rate yourself 1–4 against every competency of the framework, grouped by area. */
export function SelfAssessmentForm({ framework, previous }: { framework: CompetencyFramework; previous: SelfAssessment | null }) {
  const submitAssessment = useSubmitSelfAssessment();
  const [saved, setSaved] = useState<string | null>(null);
  const areas = [...new Set(framework.competencies.map((c) => c.area))];
  const kith = useKithForm({
    defaultValues: { ratings: {} as RatingValues },
    fieldOrder: framework.competencies.map((c) => ratingPath(c.id)),
    toRequest: ({ ratings }) => buildSelfAssessmentRequest(framework, ratings),
    clearOnSave: true,
    onSubmit: async (request) => {
      await submitAssessment.mutateAsync(request);
      setSaved('Your self-assessment has been saved.');
    },
  });

  return (
    <section aria-labelledby="self-assessment-heading">
      <h2 id="self-assessment-heading">Competency self-assessment</h2>
      <p className="nhsuk-body">{framework.description || framework.name}</p>
      <SuccessBanner message={saved} />
      <KithFormFrame kith={kith}>
        {areas.map((area) => (
          <fieldset className="nhsuk-fieldset" key={area}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{area}</legend>
            {framework.competencies
              .filter((c) => c.area === area)
              .map((c) => (
                <FormRadiosField
                  key={c.id}
                  control={kith.form.control}
                  name={`ratings.${c.id}`}
                  legend={c.statement}
                  hint={previous?.ratings[c.id] ? `Last time you rated yourself ${previous.ratings[c.id]}` : undefined}
                  items={RATING_ITEMS}
                />
              ))}
          </fieldset>
        ))}
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Save self-assessment
        </Button>
      </KithFormFrame>
    </section>
  );
}
