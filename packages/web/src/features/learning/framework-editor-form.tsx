import { type Competency, type CompetencyFramework, UpdateFrameworkRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveFramework } from './learning-queries.ts';

type EditableCompetency = Competency & { key: string };
const withKey = (competency: Competency): EditableCompetency => ({ ...competency, key: crypto.randomUUID() });

/** Edit a competency framework: its name and its competencies (id, area, statement). */
export function FrameworkEditorForm({
  framework,
  onSaved,
}: {
  framework: CompetencyFramework;
  onSaved: (message: string) => void;
}) {
  const save = useSaveFramework(framework.id);
  const [name, setName] = useState(framework.name);
  const [description, setDescription] = useState(framework.description);
  // Each row keeps a local key so React tracks rows as they are added and removed.
  const [rows, setRows] = useState<EditableCompetency[]>(() => framework.competencies.map(withKey));
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const change = (index: number, field: keyof Competency, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(UpdateFrameworkRequest, {
      name,
      description,
      competencies: rows.map(({ key: _key, ...competency }) => competency),
      active: framework.active,
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    save.mutate(checked.data, {
      onSuccess: (saved) => {
        setIssues([]);
        onSaved(`${saved.name} has been saved.`);
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby={`framework-${framework.id}`}>
      <h2 id={`framework-${framework.id}`}>Competency framework</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField id="name" label="Name" value={name} onChange={setName} error={messageFor(issues, 'name')} />
        <TextareaField id="framework-description" label="Description" value={description} onChange={setDescription} rows={2} />
        {rows.map((row, index) => (
          <fieldset className="nhsuk-fieldset" key={row.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Competency {index + 1}</legend>
            <TextField
              id={`competencies-${index}-id`}
              label="Id"
              hint="Lower-case letters, digits and hyphens; keep it when rewording so past ratings still match"
              value={row.id}
              onChange={(value) => change(index, 'id', value)}
              widthClass="nhsuk-input--width-20"
              error={messageFor(issues, `competencies.${index}.id`)}
            />
            <TextField
              id={`competencies-${index}-area`}
              label="Area"
              value={row.area}
              onChange={(value) => change(index, 'area', value)}
              error={messageFor(issues, `competencies.${index}.area`)}
            />
            <TextareaField
              id={`competencies-${index}-statement`}
              label="Statement"
              value={row.statement}
              onChange={(value) => change(index, 'statement', value)}
              rows={2}
              error={messageFor(issues, `competencies.${index}.statement`)}
            />
            <Button variant="secondary" type="button" onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
              Remove competency {index + 1}
            </Button>
          </fieldset>
        ))}
        <div className="nhsuk-button-group">
          <Button
            variant="secondary"
            type="button"
            onClick={() => setRows((current) => [...current, withKey({ id: '', area: '', statement: '' })])}
          >
            Add a competency
          </Button>
          <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
            Save framework
          </Button>
        </div>
      </form>
    </section>
  );
}
