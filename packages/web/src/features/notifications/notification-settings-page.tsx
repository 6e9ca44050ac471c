import { NOTIFICATION_EMAIL_CHOICES, NOTIFICATION_KIND_LABELS, type NotificationPreferences } from '@kith/shared';
import { useState } from 'react';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { FormRadiosField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useNotificationPreferences, useSaveNotificationPreferences } from './notification-queries.ts';
import {
  buildSettingsRequest,
  CHOOSABLE_KINDS,
  EMAIL_CHOICE_LABELS,
  NOTIFICATION_SETTINGS_FIELD_ORDER,
  settingsValuesFrom,
} from './notification-settings-values.ts';

const CHOICE_ITEMS = NOTIFICATION_EMAIL_CHOICES.map((value) => ({ value, label: EMAIL_CHOICE_LABELS[value] }));

/** `/notifications/settings`: per kind, email at once, in the daily summary, or not at all. */
export function NotificationSettingsPage() {
  const preferences = useNotificationPreferences();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/notifications">Back to notifications</BackLink>
        <QueryState query={preferences} what="your notification settings">
          {(data) => <SettingsForm saved={data} />}
        </QueryState>
      </div>
    </div>
  );
}

function SettingsForm({ saved }: { saved: NotificationPreferences }) {
  const save = useSaveNotificationPreferences();
  const [done, setDone] = useState(false);
  const kith = useKithForm({
    defaultValues: settingsValuesFrom(saved),
    toRequest: buildSettingsRequest,
    fieldOrder: NOTIFICATION_SETTINGS_FIELD_ORDER,
    onSubmit: async (request) => {
      setDone(false);
      await save.mutateAsync(request);
      setDone(true);
    },
  });
  usePageTitle('Notification settings', kith.issues.length > 0);
  const mandatory = saved.items.filter((item) => item.mandatory);

  return (
    <KithFormFrame
      kith={kith}
      intro={
        <>
          {done ? <SuccessBanner message="Your notification settings have been saved." /> : null}
          <h1>Notification settings</h1>
          <p className="nhsuk-body">
            Every notification is shown in Kith. Choose which are also emailed to you. Emails never contain names or NHS numbers:
            they tell you what kind of thing happened and link to Kith, where you sign in to see it.
          </p>
          <h2>Always emailed straight away</h2>
          <dl className="nhsuk-summary-list">
            {mandatory.map((item) => (
              <div className="nhsuk-summary-list__row" key={item.kind}>
                <dt className="nhsuk-summary-list__key">{NOTIFICATION_KIND_LABELS[item.kind]}</dt>
                <dd className="nhsuk-summary-list__value">Immediate (cannot be turned off)</dd>
              </div>
            ))}
          </dl>
          <h2>Your choices</h2>
        </>
      }
    >
      {CHOOSABLE_KINDS.map((kind) => (
        <FormRadiosField
          key={kind}
          control={kith.form.control}
          name={`email.${kind}`}
          legend={NOTIFICATION_KIND_LABELS[kind]}
          items={CHOICE_ITEMS}
        />
      ))}
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        Save settings
      </Button>
    </KithFormFrame>
  );
}
