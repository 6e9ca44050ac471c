import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { EventForm, type EventSave } from './event-form.tsx';
import { emptyEventValues, valuesFromEvent } from './event-form-values.ts';
import { useCreateEvent, useEvent, useUpdateEvent } from './event-queries.ts';

/** `/community/events/new` (editors): after creating, the event's page, with a pointer to inviting people. */
export function NewEventPage() {
  usePageTitle('Create an event');
  const navigate = useNavigate();
  const create = useCreateEvent();

  const onSave = async (save: EventSave) => {
    if (save.mode !== 'create') return;
    const event = await create.mutateAsync(save.request);
    const state: FlashState = { flash: `“${event.title}” has been created`, flashDetail: 'Next, invite people to it.' };
    navigate(`/community/events/${event.id}`, { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to="/community/events">
          Events
        </Link>
        <EventForm intro={<h1>Create an event</h1>} initial={emptyEventValues()} mode="create" onSave={onSave} />
      </div>
    </div>
  );
}

/** `/community/events/:id/edit` (editors): people who replied are emailed about a new time, place or link. */
export function EditEventPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const event = useEvent(id);
  const update = useUpdateEvent(id);
  usePageTitle(event.data ? `Change “${event.data.title}”` : 'Change event');

  if (event.isPending) return <LoadingState what="the event" />;
  if (event.isError) {
    return (
      <>
        <h1>Change event</h1>
        <ErrorState error={event.error} what="the event" onRetry={() => void event.refetch()} />
      </>
    );
  }

  const onSave = async (save: EventSave) => {
    if (save.mode !== 'update') return;
    if (Object.keys(save.request).length > 0) await update.mutateAsync(save.request);
    const state: FlashState = {
      flash: 'Your changes have been saved',
      flashDetail: 'People who replied are emailed if the time, place or joining link changed.',
    };
    navigate(`/community/events/${id}`, { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/community/events/${id}`}>
          Back to the event
        </Link>
        <EventForm
          intro={<h1>Change “{event.data.title}”</h1>}
          initial={valuesFromEvent(event.data)}
          mode="update"
          onSave={onSave}
        />
      </div>
    </div>
  );
}
