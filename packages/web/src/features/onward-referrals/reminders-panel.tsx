import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useDismissReminder, useReminders } from './reminder-queries.ts';

/**
 * The home page's reminders, shown only when there are any: the newest few (with a count of the
 * rest, which come into view as these are dismissed), each saying what needs doing, linking
 * to it, and able to be dismissed. A failure to load them stays quiet; the home page still works.
 */
export function RemindersPanel() {
  const reminders = useReminders();
  const dismiss = useDismissReminder();
  // Each button dismisses one reminder: the form's one value is which.
  const kith = useKithForm({
    defaultValues: { reminderId: '' },
    toRequest: ({ reminderId }) => ({ ok: true, data: reminderId }),
    fieldOrder: [],
    onSubmit: (reminderId) => dismiss.mutateAsync(reminderId),
  });
  const dismissOne = (reminderId: string) => {
    kith.set({ reminderId });
    void kith.submit();
  };
  const problem = kith.issues[0]?.message;
  const items = reminders.data?.items ?? [];
  const more = (reminders.data?.total ?? 0) - items.length;
  if (items.length === 0) return null;

  return (
    <section className="nhsuk-card nhsuk-card--feature" aria-labelledby="reminders-heading">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature" id="reminders-heading">
          Reminders
        </h2>
        {problem ? (
          <p className="nhsuk-error-message" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
        <ul className="nhsuk-list nhsuk-list--border">
          {items.map((reminder) => (
            <li key={reminder.id}>
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <Link to={reminder.link}>{reminder.message}</Link>
              </p>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">
                <time dateTime={reminder.createdAt}>{formatDateTime(reminder.createdAt)}</time>
              </p>
              <Button
                variant="secondary"
                small
                className="nhsuk-u-margin-bottom-2"
                type="button"
                pending={kith.pending && kith.values.reminderId === reminder.id}
                onClick={() => dismissOne(reminder.id)}
              >
                Dismiss<span className="nhsuk-u-visually-hidden"> the reminder: {reminder.message}</span>
              </Button>
            </li>
          ))}
        </ul>
        {more > 0 ? (
          <p className="nhsuk-body-s" role="status">
            {more === 1
              ? '1 older reminder is not shown: dismiss one to see it.'
              : `${more} older reminders are not shown: dismiss some to see them.`}
          </p>
        ) : null}
      </div>
    </section>
  );
}
