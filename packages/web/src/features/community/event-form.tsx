import {
  COMMUNITY_EVENT_KIND_LABELS,
  COMMUNITY_EVENT_KINDS,
  CreateCommunityEventRequest,
  type UkOffset,
  UpdateCommunityEventRequest,
} from '@kith/shared';
import type { FormEvent } from 'react';
import { messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import {
  EVENT_FIELD_ORDER,
  type EventFormValues,
  repeatedReadings,
  toCreateEventRequest,
  toUpdateEventRequest,
} from './event-form-values.ts';
import { type CommunityFormProps, type CommunitySave, useCommunityForm } from './use-community-form.ts';

export type EventSave = CommunitySave<CreateCommunityEventRequest, UpdateCommunityEventRequest>;

/**
 * Shown only when a typed time happens twice in the UK (the night the clocks go back), so the
 * editor says which one they mean instead of the event silently gaining or losing an hour.
 */
function RepeatedTimeChoice({
  id,
  wallClock,
  value,
  onChange,
  error,
}: {
  id: 'startsAtOffset' | 'endsAtOffset';
  wallClock: string;
  value: string;
  onChange: (offset: UkOffset) => void;
  error: string | undefined;
}) {
  const read = repeatedReadings(wallClock);
  if (!read) return null;
  const time = wallClock.slice(11, 16);
  return (
    <RadiosField
      id={id}
      legend={`The clocks go back that night, so ${time} happens twice. Which ${time} do you mean?`}
      value={value}
      onChange={(offset) => onChange(offset === '+00:00' ? '+00:00' : '+01:00')}
      items={[
        { value: read.first.offset, label: `The first ${time} (British Summer Time, ${read.first.offset})` },
        { value: read.second.offset, label: `The second ${time}, an hour later (Greenwich Mean Time, ${read.second.offset})` },
      ]}
      error={error}
    />
  );
}

const KIND_ITEMS = COMMUNITY_EVENT_KINDS.map((kind) => ({
  value: kind,
  label: COMMUNITY_EVENT_KIND_LABELS[kind],
  hint: kind === 'webinar' ? 'Online: needs a joining link' : 'In person: needs a place (it can have a joining link too)',
}));

/** Creating or changing an event: kind, title, UK start and end times, where, places, audience and description. */
export function EventForm({ initial, mode, pending, onSave }: CommunityFormProps<EventFormValues, EventSave>) {
  const { values, set, issues, save } = useCommunityForm(initial, EVENT_FIELD_ORDER);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void (mode === 'create'
      ? save(validateWith(CreateCommunityEventRequest, toCreateEventRequest(values)), (request) => onSave({ mode, request }))
      : save(validateWith(UpdateCommunityEventRequest, toUpdateEventRequest(initial, values)), (request) =>
          onSave({ mode, request }),
        ));
  };

  const isWebinar = values.kind === 'webinar';
  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={EVENT_FIELD_ORDER} />
      <form onSubmit={submit} noValidate>
        {mode === 'create' ? (
          <RadiosField
            id="kind"
            legend="What kind of event is it?"
            value={values.kind}
            onChange={(kind) => set({ kind: kind === 'network_meeting' ? 'network_meeting' : 'webinar' })}
            items={KIND_ITEMS}
            error={messageFor(issues, 'kind')}
          />
        ) : (
          <p className="nhsuk-body">
            <strong>{COMMUNITY_EVENT_KIND_LABELS[values.kind]}</strong>
          </p>
        )}
        <TextField
          id="title"
          label="Title"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messageFor(issues, 'title')}
        />
        <TextField
          id="startsAt"
          label="Starts"
          hint="UK time. For example, 3 March 2026 at 10:00."
          type="datetime-local"
          widthClass="nhsuk-input--width-20"
          value={values.startsAt}
          onChange={(startsAt) => set({ startsAt })}
          error={messageFor(issues, 'startsAt')}
        />
        <RepeatedTimeChoice
          id="startsAtOffset"
          wallClock={values.startsAt}
          value={values.startsAtOffset}
          onChange={(startsAtOffset) => set({ startsAtOffset })}
          error={messageFor(issues, 'startsAtOffset')}
        />
        <TextField
          id="endsAt"
          label="Ends"
          hint="UK time, on the same day or the next (an event lasts at most 24 hours)"
          type="datetime-local"
          widthClass="nhsuk-input--width-20"
          value={values.endsAt}
          onChange={(endsAt) => set({ endsAt })}
          error={messageFor(issues, 'endsAt')}
        />
        <RepeatedTimeChoice
          id="endsAtOffset"
          wallClock={values.endsAt}
          value={values.endsAtOffset}
          onChange={(endsAtOffset) => set({ endsAtOffset })}
          error={messageFor(issues, 'endsAtOffset')}
        />
        <TextField
          id="onlineUrl"
          label={isWebinar ? 'Joining link' : 'Joining link (optional)'}
          hint="Starting with https://. Only members see it."
          type="url"
          spellCheck={false}
          value={values.onlineUrl}
          onChange={(onlineUrl) => set({ onlineUrl })}
          error={messageFor(issues, 'onlineUrl')}
        />
        <TextField
          id="place"
          label={isWebinar ? 'Place (optional)' : 'Place'}
          hint="The venue and address"
          value={values.place}
          onChange={(place) => set({ place })}
          error={messageFor(issues, 'place')}
        />
        <TextField
          id="capacity"
          label="Number of places (optional)"
          hint="Leave empty for no limit. When the places are taken, people who reply yes join a waiting list."
          inputMode="numeric"
          widthClass="nhsuk-input--width-5"
          value={values.capacity}
          onChange={(capacity) => set({ capacity })}
          error={messageFor(issues, 'capacity')}
        />
        <TextField
          id="audience"
          label="Who is it for? (optional)"
          hint="For example, link workers and supervisors in Riverside PCN"
          value={values.audience}
          onChange={(audience) => set({ audience })}
          error={messageFor(issues, 'audience')}
        />
        <TextareaField
          id="description"
          label="Description (optional)"
          hint="Plain text"
          value={values.description}
          onChange={(description) => set({ description })}
          rows={6}
          error={messageFor(issues, 'description')}
        />
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {mode === 'create' ? 'Create event' : 'Save changes'}
        </Button>
      </form>
    </>
  );
}
