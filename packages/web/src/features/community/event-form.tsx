import {
  COMMUNITY_EVENT_KIND_LABELS,
  COMMUNITY_EVENT_KINDS,
  CreateCommunityEventRequest,
  UpdateCommunityEventRequest,
} from '@kith/shared';
import type { Control } from 'react-hook-form';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField, FormTextField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import {
  EVENT_FIELD_ORDER,
  type EventFormValues,
  repeatedReadings,
  toCreateEventRequest,
  toUpdateEventRequest,
} from './event-form-values.ts';
import { asSave, type CommunityFormProps, type CommunitySave, useCommunityForm } from './use-community-form.ts';

export type EventSave = CommunitySave<CreateCommunityEventRequest, UpdateCommunityEventRequest>;

/**
 * Shown only when a typed time happens twice in the UK (the night the clocks go back), so the
 * editor says which one they mean instead of the event silently gaining or losing an hour.
 */
function RepeatedTimeChoice({
  control,
  name,
  wallClock,
}: {
  control: Control<EventFormValues>;
  name: 'startsAtOffset' | 'endsAtOffset';
  wallClock: string;
}) {
  const field = useBoundField({ control, name });
  const read = repeatedReadings(wallClock);
  if (!read) return null;
  const time = wallClock.slice(11, 16);
  return (
    <RadiosField
      id={field.id}
      legend={`The clocks go back that night, so ${time} happens twice. Which ${time} do you mean?`}
      value={String(field.value)}
      onChange={field.onChange}
      items={[
        { value: read.first.offset, label: `The first ${time} (British Summer Time, ${read.first.offset})` },
        { value: read.second.offset, label: `The second ${time}, an hour later (Greenwich Mean Time, ${read.second.offset})` },
      ]}
      error={field.error}
    />
  );
}

const KIND_ITEMS = COMMUNITY_EVENT_KINDS.map((kind) => ({
  value: kind,
  label: COMMUNITY_EVENT_KIND_LABELS[kind],
  hint: kind === 'webinar' ? 'Online: needs a joining link' : 'In person: needs a place (it can have a joining link too)',
}));

/** Creating or changing an event: kind, title, UK start and end times, where, places, audience and description. */
export function EventForm({ initial, mode, onSave, intro }: CommunityFormProps<EventFormValues, EventSave>) {
  const toRequest = (values: EventFormValues): Checked<EventSave> =>
    mode === 'create'
      ? asSave(mode, validateWith(CreateCommunityEventRequest, toCreateEventRequest(values)))
      : asSave(mode, validateWith(UpdateCommunityEventRequest, toUpdateEventRequest(initial, values)));
  const kith = useCommunityForm({ initial, fieldOrder: EVENT_FIELD_ORDER, toRequest, onSubmit: onSave });
  const { control } = kith.form;
  const { values } = kith;
  const isWebinar = values.kind === 'webinar';

  return (
    <KithFormFrame kith={kith} linkablePaths={EVENT_FIELD_ORDER} intro={intro}>
      {mode === 'create' ? (
        <FormRadiosField control={control} name="kind" legend="What kind of event is it?" items={KIND_ITEMS} />
      ) : (
        <p className="nhsuk-body">
          <strong>{COMMUNITY_EVENT_KIND_LABELS[values.kind]}</strong>
        </p>
      )}
      <FormTextField control={control} name="title" label="Title" />
      <FormTextField
        control={control}
        name="startsAt"
        label="Starts"
        hint="UK time. For example, 3 March 2026 at 10:00."
        type="datetime-local"
        widthClass="nhsuk-input--width-20"
      />
      <RepeatedTimeChoice control={control} name="startsAtOffset" wallClock={values.startsAt} />
      <FormTextField
        control={control}
        name="endsAt"
        label="Ends"
        hint="UK time, on the same day or the next (an event lasts at most 24 hours)"
        type="datetime-local"
        widthClass="nhsuk-input--width-20"
      />
      <RepeatedTimeChoice control={control} name="endsAtOffset" wallClock={values.endsAt} />
      <FormTextField
        control={control}
        name="onlineUrl"
        label={isWebinar ? 'Joining link' : 'Joining link (optional)'}
        hint="Starting with https://. Only members see it."
        type="url"
        spellCheck={false}
      />
      <FormTextField
        control={control}
        name="place"
        label={isWebinar ? 'Place (optional)' : 'Place'}
        hint="The venue and address"
      />
      <FormTextField
        control={control}
        name="capacity"
        label="Number of places (optional)"
        hint="Leave empty for no limit. When the places are taken, people who reply yes join a waiting list."
        inputMode="numeric"
        widthClass="nhsuk-input--width-5"
      />
      <FormTextField
        control={control}
        name="audience"
        label="Who is it for? (optional)"
        hint="For example, link workers and supervisors in Riverside PCN"
      />
      <FormTextareaField control={control} name="description" label="Description (optional)" hint="Plain text" rows={6} />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {mode === 'create' ? 'Create event' : 'Save changes'}
      </Button>
    </KithFormFrame>
  );
}
