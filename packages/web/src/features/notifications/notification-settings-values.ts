import {
  isMandatoryKind,
  NOTIFICATION_KINDS,
  type NotificationEmailChoice,
  type NotificationKind,
  type NotificationPreferences,
  NotificationPreferencesUpdate,
} from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** The settings form as chosen: an email choice for each kind that can be changed. */
export interface NotificationSettingsValues {
  email: Partial<Record<NotificationKind, NotificationEmailChoice>>;
}

/** Kinds the form offers a choice for; safeguarding is always emailed at once and shown fixed. */
export const CHOOSABLE_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter((kind) => !isMandatoryKind(kind));

/** The form's fields, top to bottom. */
export const NOTIFICATION_SETTINGS_FIELD_ORDER = CHOOSABLE_KINDS.map((kind) => `email.${kind}`);

export const EMAIL_CHOICE_LABELS: Record<NotificationEmailChoice, string> = {
  immediate: 'Email me straight away',
  digest: 'Include in a daily summary email',
  off: 'Do not email me (still shown in Kith)',
};

/** The form's starting values from what the server says I chose. */
export function settingsValuesFrom(preferences: NotificationPreferences): NotificationSettingsValues {
  const email: NotificationSettingsValues['email'] = {};
  for (const item of preferences.items) if (!item.mandatory) email[item.kind] = item.email;
  return { email };
}

/** The request: every choosable kind's choice (the server refuses 'off' for safeguarding anyway). */
export function buildSettingsRequest(values: NotificationSettingsValues): Checked<NotificationPreferencesUpdate> {
  const email = Object.fromEntries(CHOOSABLE_KINDS.flatMap((kind) => (values.email[kind] ? [[kind, values.email[kind]]] : [])));
  return validateWith(NotificationPreferencesUpdate, { email });
}
