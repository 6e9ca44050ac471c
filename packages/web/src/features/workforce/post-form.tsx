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
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
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
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set =
    <K extends keyof PostFormValues>(key: K) =>
    (value: PostFormValues[K]) =>
      setValues({ ...values, [key]: value });
  const error = (path: string) => messageFor(issues, path);
  const people = choices.people.map((p) => ({ value: p.id, label: p.name }));
  const employers = choices.employers
    .filter((e) => e.employmentModel === values.employmentModel)
    .map((e) => ({ value: e.id, label: e.name }));
  const points = values.band
    ? Array.from({ length: topPayPoint(values.band as (typeof AFC_BANDS)[number]) }, (_, i) => String(i + 1))
    : ['1'];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = buildPostRequest(values);
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, POST_FIELDS));
      return;
    }
    setIssues([]);
    save.mutate(postId ? checked.data : { ...checked.data, pcnId }, {
      onSuccess: onSaved,
      onError: (failure) => setIssues(orderIssues(issuesFromError(failure), POST_FIELDS)),
    });
  };

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={POST_FIELDS} />
      <form onSubmit={submit} noValidate>
        <TextField id="title" label="Post title" value={values.title} onChange={set('title')} error={error('title')} />
        <SelectField
          id="role"
          label="Role"
          value={values.role}
          onChange={set('role')}
          options={options(POST_ROLES, POST_ROLE_LABELS)}
          error={error('role')}
        />
        <RadiosField
          id="employmentModel"
          legend="Employment model"
          value={values.employmentModel}
          onChange={(employmentModel) => setValues({ ...values, employmentModel, employerId: '' })}
          items={options(EMPLOYMENT_MODELS, EMPLOYMENT_MODEL_LABELS)}
          error={error('employmentModel')}
        />
        <SelectField
          id="employerId"
          label="Employer"
          hint="One of the PCN's practices, or a VCSE organisation that serves the PCN"
          value={values.employerId}
          onChange={set('employerId')}
          options={employers}
          placeholder="Choose the employer"
          error={error('employerId')}
        />
        <SelectField
          id="holderUserId"
          label="Held by (a Kith user)"
          value={values.holderUserId}
          onChange={set('holderUserId')}
          options={people}
          placeholder="Not a Kith user, or vacant"
          error={error('holderUserId')}
        />
        {values.holderUserId ? null : (
          <TextField
            id="holderName"
            label="Or the post holder's name (optional)"
            hint="Leave blank for a vacancy"
            value={values.holderName}
            onChange={set('holderName')}
            error={error('holderName')}
          />
        )}
        <RadiosField
          id="payType"
          legend="Pay"
          value={values.payType}
          onChange={(payType) => set('payType')(payType as PostFormValues['payType'])}
          items={[
            { value: 'band', label: 'Agenda for Change band and pay point', hint: 'Progresses through the pay points by date' },
            { value: 'spot', label: 'Spot salary' },
          ]}
          error={error('payType')}
        />
        {values.payType === 'band' ? (
          <>
            <SelectField
              id="band"
              label="Band"
              value={values.band}
              onChange={(band) => setValues({ ...values, band, startingPayPoint: '1' })}
              options={AFC_BANDS.map((band) => ({ value: band, label: `Band ${band}` }))}
              placeholder="Choose a band"
              error={error('band')}
            />
            <SelectField
              id="startingPayPoint"
              label="Pay point at the start date"
              value={values.startingPayPoint}
              onChange={set('startingPayPoint')}
              options={points.map((point) => ({ value: point, label: `Point ${point}` }))}
              error={error('startingPayPoint')}
            />
          </>
        ) : null}
        {values.payType === 'spot' ? (
          <TextField
            id="spotSalary"
            label="Spot salary, £ a year full time"
            value={values.spotSalary}
            onChange={set('spotSalary')}
            inputMode="decimal"
            widthClass="nhsuk-input--width-10"
            error={error('spotSalary')}
          />
        ) : null}
        <TextField
          id="wte"
          label="Whole-time equivalent (WTE)"
          hint="1 for full time; 0.6 for three days a week"
          value={values.wte}
          onChange={set('wte')}
          inputMode="decimal"
          widthClass="nhsuk-input--width-4"
          error={error('wte')}
        />
        <DateInputField
          id="startDate"
          legend="Start date"
          hint="For example, 1 10 2025"
          value={values.startDate}
          onChange={set('startDate')}
          error={error('startDate')}
        />
        <DateInputField
          id="endDate"
          legend="End date (optional)"
          hint="For a fixed-term contract"
          value={values.endDate}
          onChange={set('endDate')}
          error={error('endDate')}
        />
        <SelectField
          id="contractType"
          label="Contract type"
          value={values.contractType}
          onChange={set('contractType')}
          options={options(CONTRACT_TYPES, CONTRACT_TYPE_LABELS)}
          error={error('contractType')}
        />
        <RadiosField
          id="fundingSource"
          legend="Funding source"
          value={values.fundingSource}
          onChange={set('fundingSource')}
          items={FUNDING_SOURCE_ITEMS}
          error={error('fundingSource')}
        />
        {values.employmentModel === 'vcse_subcontract' ? (
          <TextField
            id="managementCostPerWte"
            label="Management costs, £ a year per WTE (optional)"
            hint="Up to £2,400 a year per WTE can be claimed, within the ARRS maximum"
            value={values.managementCostPerWte}
            onChange={set('managementCostPerWte')}
            inputMode="decimal"
            widthClass="nhsuk-input--width-10"
            error={error('managementCostPerWte')}
          />
        ) : null}
        <SelectField
          id="lineManagerUserId"
          label="Line manager (optional)"
          value={values.lineManagerUserId}
          onChange={set('lineManagerUserId')}
          options={people}
          placeholder="No line manager recorded"
          error={error('lineManagerUserId')}
        />
        <SelectField
          id="clinicalSupervisorUserId"
          label="Clinical supervisor (optional)"
          value={values.clinicalSupervisorUserId}
          onChange={set('clinicalSupervisorUserId')}
          options={people}
          placeholder="No clinical supervisor recorded"
          error={error('clinicalSupervisorUserId')}
        />
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          {postId ? 'Save the post' : 'Add the post'}
        </Button>
      </form>
    </>
  );
}
