import { RaiseConcernRequest, type RaisedConcern, SAFEGUARDING_CATEGORIES, SAFEGUARDING_CATEGORY_LABELS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useRaiseConcern } from './safeguarding-queries.ts';

interface RaiseConcernFormProps {
  personId: string;
  /** The referral the concern arose in, when raised from one. */
  referralId?: string | undefined;
  onRaised: (result: RaisedConcern) => void;
}

const FIELDS = ['category', 'description', 'immediateRisk'] as const;
/** Field ids carry a prefix so the form can sit on a page with other forms. */
const local = (issues: FormIssue[]): FormIssue[] =>
  orderIssues(
    issues.map((issue) =>
      (FIELDS as readonly string[]).includes(issue.path) ? { ...issue, path: `concern.${issue.path}` } : issue,
    ),
    FIELDS.map((field) => `concern.${field}`),
  );

/** Raise a safeguarding concern: what kind, what happened, and whether anyone is at risk now. */
export function RaiseConcernForm({ personId, referralId, onRaised }: RaiseConcernFormProps) {
  const raise = useRaiseConcern(personId);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [risk, setRisk] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(RaiseConcernRequest, {
      ...(referralId ? { referralId } : {}),
      category: category || undefined,
      description,
      immediateRisk: risk === '' ? undefined : risk === 'yes',
    });
    if (!checked.ok) {
      setIssues(local(checked.issues));
      return;
    }
    setIssues([]);
    raise.mutate(checked.data, {
      onSuccess: (result) => {
        setCategory('');
        setDescription('');
        setRisk('');
        onRaised(result);
      },
      onError: (error) => setIssues(local(issuesFromError(error))),
    });
  };

  return (
    <section aria-labelledby="raise-concern-heading">
      <h2 id="raise-concern-heading">Raise a safeguarding concern</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="concern-category"
          legend="What kind of concern is it?"
          value={category}
          onChange={setCategory}
          items={SAFEGUARDING_CATEGORIES.map((value) => ({ value, label: SAFEGUARDING_CATEGORY_LABELS[value] }))}
          error={messageFor(issues, 'concern.category')}
        />
        <TextareaField
          id="concern-description"
          label="What has happened or what have you noticed?"
          hint="Write what you saw or were told, in the person's words where you can, and when."
          value={description}
          onChange={setDescription}
          rows={6}
          error={messageFor(issues, 'concern.description')}
        />
        <RadiosField
          id="concern-immediateRisk"
          legend="Is anyone at immediate risk of harm?"
          value={risk}
          onChange={setRisk}
          items={[
            { value: 'yes', label: 'Yes', hint: 'You will be told to call 999 or the local authority now' },
            { value: 'no', label: 'No' },
          ]}
          error={messageFor(issues, 'concern.immediateRisk')}
        />
        <Button variant="warning" type="submit" pending={raise.isPending} pendingLabel="Raising…">
          Raise the concern
        </Button>
      </form>
    </section>
  );
}
