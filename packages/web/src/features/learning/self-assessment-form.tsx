import { COMPETENCY_RATING_LABELS, type CompetencyFramework, type SelfAssessment, SelfAssessmentRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { useSubmitSelfAssessment } from './learning-queries.ts';

const RATINGS = [1, 2, 3, 4] as const;

/** Rate yourself 1–4 against every competency of the framework, grouped by area. */
export function SelfAssessmentForm({ framework, previous }: { framework: CompetencyFramework; previous: SelfAssessment | null }) {
  const submitAssessment = useSubmitSelfAssessment();
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const areas = [...new Set(framework.competencies.map((c) => c.area))];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Ask for every competency here too, naming the first one left out, as the server does.
    const missing = framework.competencies.filter((c) => !ratings[c.id]);
    if (missing.length > 0) {
      setIssues(missing.map((c) => ({ path: `ratings.${c.id}`, message: `Rate yourself for "${c.statement}"` })));
      return;
    }
    const checked = validateWith(SelfAssessmentRequest, {
      frameworkId: framework.id,
      ratings: Object.fromEntries(Object.entries(ratings).map(([id, value]) => [id, Number(value)])),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    submitAssessment.mutate(checked.data, {
      onSuccess: () => {
        setIssues([]);
        setRatings({});
        setSaved('Your self-assessment has been saved.');
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="self-assessment-heading">
      <h2 id="self-assessment-heading">Competency self-assessment</h2>
      <p className="nhsuk-body">{framework.description || framework.name}</p>
      <SuccessBanner message={saved} />
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        {areas.map((area) => (
          <fieldset className="nhsuk-fieldset" key={area}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{area}</legend>
            {framework.competencies
              .filter((c) => c.area === area)
              .map((c) => (
                <RadiosField
                  key={c.id}
                  id={`ratings-${c.id}`}
                  legend={c.statement}
                  hint={previous?.ratings[c.id] ? `Last time you rated yourself ${previous.ratings[c.id]}` : undefined}
                  value={ratings[c.id] ?? ''}
                  onChange={(value) => setRatings((current) => ({ ...current, [c.id]: value }))}
                  items={RATINGS.map((r) => ({ value: String(r), label: COMPETENCY_RATING_LABELS[r] }))}
                  error={messageFor(issues, `ratings.${c.id}`)}
                />
              ))}
          </fieldset>
        ))}
        <Button type="submit" pending={submitAssessment.isPending} pendingLabel="Saving…">
          Save self-assessment
        </Button>
      </form>
    </section>
  );
}
