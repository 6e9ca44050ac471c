import type { PulseRound } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormTextField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { SelectField } from '../../components/select-field.tsx';
import { useCreatePulseRound, usePulseOrganisations } from './pulse-queries.ts';
import { buildPulseRoundRequest, EMPTY_PULSE_ROUND, PULSE_ROUND_FIELD_ORDER } from './pulse-round-values.ts';

/** Opens a new round for the link workers of a PCN or an ICB. */
export function PulseRoundForm({ onCreated }: { onCreated: (round: PulseRound) => void }) {
  const organisations = usePulseOrganisations();
  const create = useCreatePulseRound();
  const options = (organisations.data ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }));
  // Someone who can open rounds for one organisation only is not asked to choose it.
  const chosen = (organisationId: string) => organisationId || (options.length === 1 ? (options[0]?.value ?? '') : '');
  const kith = useKithForm({
    defaultValues: EMPTY_PULSE_ROUND,
    fieldOrder: PULSE_ROUND_FIELD_ORDER,
    toRequest: (values) => buildPulseRoundRequest({ ...values, organisationId: chosen(values.organisationId) }),
    clearOnSave: true,
    onSubmit: async (request) => onCreated(await create.mutateAsync(request)),
  });
  const { control } = kith.form;
  const organisation = useBoundField({ control, name: 'organisationId' });

  return (
    <section aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">Open a new round</h2>
      <KithFormFrame kith={kith}>
        <SelectField
          id={organisation.id}
          label="Who is the round for?"
          hint="The link workers of this primary care network, or of every network in the integrated care board"
          value={chosen(kith.values.organisationId)}
          onChange={organisation.onChange}
          options={options}
          placeholder="Choose an organisation"
          error={organisation.error}
        />
        <FormTextField control={control} name="title" label="Title" hint="For example, Spring 2026" />
        <FormDateInputField control={control} name="opensOn" legend="Opens on" hint="For example, 1 3 2026" />
        <FormDateInputField
          control={control}
          name="closesOn"
          legend="Closes on"
          hint="Answers are taken up to the end of this day"
        />
        <Button type="submit" pending={kith.pending} pendingLabel="Opening…">
          Open the round
        </Button>
      </KithFormFrame>
    </section>
  );
}
