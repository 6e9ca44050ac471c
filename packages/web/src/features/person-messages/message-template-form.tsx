import { MESSAGE_PLACEHOLDER_DESCRIPTIONS, type MessageTemplate } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { useUpdateMessageTemplate } from './person-message-queries.ts';
import { buildTemplateRequest, TEMPLATE_FIELDS, templateFormValues } from './template-values.ts';

function PlaceholderList({ names, caption }: { names: readonly string[]; caption: string }) {
  return (
    <>
      <h2 className="nhsuk-heading-s">{caption}</h2>
      <dl className="nhsuk-summary-list">
        {names.map((name) => (
          <div className="nhsuk-summary-list__row" key={name}>
            <dt className="nhsuk-summary-list__key">(({name}))</dt>
            <dd className="nhsuk-summary-list__value">{MESSAGE_PLACEHOLDER_DESCRIPTIONS[name] ?? name}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A template's wording, with the placeholders it may use listed beside the fields. */
export function MessageTemplateForm({ template, onSaved }: { template: MessageTemplate; onSaved: () => void }) {
  const update = useUpdateMessageTemplate(template.id);
  const kith = useKithForm({
    defaultValues: templateFormValues(template),
    toRequest: (values) => buildTemplateRequest(template, values),
    fieldOrder: TEMPLATE_FIELDS,
    onSubmit: async (request) => {
      await update.mutateAsync(request);
      onSaved();
    },
  });
  useUnsavedChangesWarning(kith.dirty && !kith.pending);
  const { control } = kith.form;
  const email = template.channel === 'email';

  return (
    <>
      <PlaceholderList names={template.placeholders} caption="You can use" />
      {email ? (
        <p className="nhsuk-body">In the subject, only ((service)) can be used: subjects never carry a person’s name.</p>
      ) : null}
      <KithFormFrame kith={kith} linkablePaths={TEMPLATE_FIELDS}>
        {email ? <FormTextField control={control} name="subject" label="Subject" /> : null}
        <FormTextareaField
          control={control}
          name="body"
          label={email ? 'Email text' : 'Text message'}
          hint="Do not include NHS numbers or health details."
          rows={8}
        />
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Save the wording
        </Button>
      </KithFormFrame>
    </>
  );
}
