import {
  AFC_BANDS,
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  EMPLOYMENT_MODEL_LABELS,
  EMPLOYMENT_MODELS,
  POST_ROLE_LABELS,
  POST_ROLES,
  type PostOptions,
  topPayPoint,
  type WorkforcePost,
} from '@kith/shared';
import { Button } from '../../components/button.tsx';
import {
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextField,
  useBoundField,
} from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { buildPostRequest, POST_FIELDS, type PostFormValues } from './post-form-values.ts';
import { FUNDING_SOURCE_ITEMS } from './workforce-format.ts';
import { useSavePost } from './workforce-queries.ts';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface PostFormProps {
  pcnId: string;
  postId?: string;
  initial: PostFormValues;
  choices: PostOptions;
  onSaved: (post: WorkforcePost) => void;
}

/** The details of a post: who employs and holds it, how it is paid and funded, and who manages and supervises it. */
export function PostForm({ pcnId, postId, initial, choices, onSaved }: PostFormProps) {
  const save = useSavePost(postId);
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: buildPostRequest,
    fieldOrder: POST_FIELDS,
    onSubmit: async (request) => onSaved(await save.mutateAsync(postId ? request : { ...request, pcnId })),
  });
  const { control } = kith.form;
  const { values } = kith;
  // Choosing another employment model or band starts its dependent choice again.
  const employmentModel = useBoundField({ control, name: 'employmentModel' });
  const band = useBoundField({ control, name: 'band' });
  const people = choices.people.map((p) => ({ value: p.id, label: p.name }));
  const employers = choices.employers
    .filter((e) => e.employmentModel === values.employmentModel)
    .map((e) => ({ value: e.id, label: e.name }));
  const points = values.band
    ? Array.from({ length: topPayPoint(values.band as (typeof AFC_BANDS)[number]) }, (_, i) => String(i + 1))
    : ['1'];

  return (
    <KithFormFrame kith={kith} linkablePaths={POST_FIELDS}>
      <FormTextField control={control} name="title" label="Post title" />
      <FormSelectField control={control} name="role" label="Role" options={options(POST_ROLES, POST_ROLE_LABELS)} />
      <RadiosField
        id={employmentModel.id}
        legend="Employment model"
        value={values.employmentModel}
        onChange={(model) => kith.set({ employmentModel: model, employerId: '' })}
        items={options(EMPLOYMENT_MODELS, EMPLOYMENT_MODEL_LABELS)}
        error={employmentModel.error}
      />
      <FormSelectField
        control={control}
        name="employerId"
        label="Employer"
        hint="One of the PCN's practices, or a VCSE organisation that serves the PCN"
        options={employers}
        placeholder="Choose the employer"
      />
      <FormSelectField
        control={control}
        name="holderUserId"
        label="Held by (a Kith user)"
        options={people}
        placeholder="Not a Kith user, or vacant"
      />
      {values.holderUserId ? null : (
        <FormTextField
          control={control}
          name="holderName"
          label="Or the post holder's name (optional)"
          hint="Leave blank for a vacancy"
        />
      )}
      <FormRadiosField
        control={control}
        name="payType"
        legend="Pay"
        items={[
          { value: 'band', label: 'Agenda for Change band and pay point', hint: 'Progresses through the pay points by date' },
          { value: 'spot', label: 'Spot salary' },
        ]}
      />
      {values.payType === 'band' ? (
        <>
          <SelectField
            id={band.id}
            label="Band"
            value={values.band}
            onChange={(chosen) => kith.set({ band: chosen, startingPayPoint: '1' })}
            options={AFC_BANDS.map((choice) => ({ value: choice, label: `Band ${choice}` }))}
            placeholder="Choose a band"
            error={band.error}
          />
          <FormSelectField
            control={control}
            name="startingPayPoint"
            label="Pay point at the start date"
            options={points.map((point) => ({ value: point, label: `Point ${point}` }))}
          />
        </>
      ) : null}
      {values.payType === 'spot' ? (
        <FormTextField
          control={control}
          name="spotSalary"
          label="Spot salary, £ a year full time"
          inputMode="decimal"
          widthClass="nhsuk-input--width-10"
        />
      ) : null}
      <FormTextField
        control={control}
        name="wte"
        label="Whole-time equivalent (WTE)"
        hint="1 for full time; 0.6 for three days a week"
        inputMode="decimal"
        widthClass="nhsuk-input--width-4"
      />
      <FormDateInputField control={control} name="startDate" legend="Start date" hint="For example, 1 10 2025" />
      <FormDateInputField control={control} name="endDate" legend="End date (optional)" hint="For a fixed-term contract" />
      <FormSelectField
        control={control}
        name="contractType"
        label="Contract type"
        options={options(CONTRACT_TYPES, CONTRACT_TYPE_LABELS)}
      />
      <FormRadiosField control={control} name="fundingSource" legend="Funding source" items={FUNDING_SOURCE_ITEMS} />
      {values.employmentModel === 'vcse_subcontract' ? (
        <FormTextField
          control={control}
          name="managementCostPerWte"
          label="Management costs, £ a year per WTE (optional)"
          hint="Up to £2,400 a year per WTE can be claimed, within the ARRS maximum"
          inputMode="decimal"
          widthClass="nhsuk-input--width-10"
        />
      ) : null}
      <FormSelectField
        control={control}
        name="lineManagerUserId"
        label="Line manager (optional)"
        options={people}
        placeholder="No line manager recorded"
      />
      <FormSelectField
        control={control}
        name="clinicalSupervisorUserId"
        label="Clinical supervisor (optional)"
        options={people}
        placeholder="No clinical supervisor recorded"
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {postId ? 'Save the post' : 'Add the post'}
      </Button>
    </KithFormFrame>
  );
}
