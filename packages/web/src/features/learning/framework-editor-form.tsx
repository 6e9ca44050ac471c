import { type CompetencyFramework, UpdateFrameworkRequest } from '@kith/shared';
import { useFieldArray } from 'react-hook-form';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSaveFramework } from './learning-queries.ts';

const COMPETENCY_PARTS = ['id', 'area', 'statement'] as const;

/** The issue paths on the form, top to bottom, for the error summary. */
function fieldOrder(values: { competencies: readonly unknown[] }): string[] {
  const rows = values.competencies.map((_, index) => COMPETENCY_PARTS.map((part) => `competencies.${index}.${part}`));
  return ['name', 'description', 'competencies', ...rows.flat()];
}

/** Edit a competency framework: its name and its competencies (id, area, statement). */
export function FrameworkEditorForm({
  framework,
  onSaved,
}: {
  framework: CompetencyFramework;
  onSaved: (message: string) => void;
}) {
  const save = useSaveFramework(framework.id);
  const kith = useKithForm({
    defaultValues: { name: framework.name, description: framework.description, competencies: framework.competencies },
    fieldOrder,
    toRequest: (values) => validateWith(UpdateFrameworkRequest, { ...values, active: framework.active }),
    onSubmit: async (request) => {
      const saved = await save.mutateAsync(request);
      onSaved(`${saved.name} has been saved.`);
    },
  });
  const { control } = kith.form;
  // Each row keeps a local key (not `id`, which is the competency's own) so React tracks rows as they are added and removed.
  const rows = useFieldArray({ control, name: 'competencies', keyName: 'key' });

  return (
    <section aria-labelledby={`framework-${framework.id}`}>
      <h2 id={`framework-${framework.id}`}>Competency framework</h2>
      <KithFormFrame kith={kith}>
        <FormTextField control={control} name="name" label="Name" />
        {/* The box's id says whose description it is; no message is shown beside it. */}
        <FormTextareaField control={control} name="description" issuePath="framework-description" label="Description" rows={2} />
        {rows.fields.map((row, index) => (
          <fieldset className="nhsuk-fieldset" key={row.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Competency {index + 1}</legend>
            <FormTextField
              control={control}
              name={`competencies.${index}.id`}
              label="Id"
              hint="Lower-case letters, digits and hyphens; keep it when rewording so past ratings still match"
              widthClass="nhsuk-input--width-20"
            />
            <FormTextField control={control} name={`competencies.${index}.area`} label="Area" />
            <FormTextareaField control={control} name={`competencies.${index}.statement`} label="Statement" rows={2} />
            <Button variant="secondary" type="button" onClick={() => rows.remove(index)}>
              Remove competency {index + 1}
            </Button>
          </fieldset>
        ))}
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="button" onClick={() => rows.append({ id: '', area: '', statement: '' })}>
            Add a competency
          </Button>
          <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
            Save framework
          </Button>
        </div>
      </KithFormFrame>
    </section>
  );
}
