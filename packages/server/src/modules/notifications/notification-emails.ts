import { NOTIFICATION_EMAIL_SUBJECTS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from '@kith/shared';
import { loadConfig } from '../../config.ts';
import type { OutgoingEmail } from '../outbox/outbox-service.ts';

/**
 * Email text for notifications. Written from the kind and the app path only — never from the
 * in-app title, which may name a person — so an email read on a shared or lost device gives away
 * nothing beyond "something needs your attention; sign in".
 */

/**
 * Where links in emails point (config.email.publicUrl). notifyUsers' signature carries no
 * configuration, so the app (notification routes), the job worker (kithJobHandlers) and the demo
 * loader set it when they start; until then it is the address the environment configures.
 */
let linkBase: string | null = null;

export function setNotificationLinkBase(publicUrl: string): void {
  linkBase = publicUrl.replace(/\/+$/, '');
}

export function notificationLinkBase(): string {
  linkBase ??= fromEnvironment();
  return linkBase;
}

function fromEnvironment(): string {
  try {
    return loadConfig().email.publicUrl;
  } catch {
    // An invalid environment stops the app at start-up with its own message; links stay relative meanwhile.
    return '';
  }
}

export function immediateEmail(to: string, kind: NotificationKind, link: string): OutgoingEmail {
  return {
    to,
    subject: `Kith: ${NOTIFICATION_EMAIL_SUBJECTS[kind]}`,
    textBody: [
      `${NOTIFICATION_KIND_LABELS[kind]}.`,
      '',
      'Sign in to Kith to see it:',
      `${notificationLinkBase()}${link}`,
      '',
      FOOTER,
    ].join('\n'),
  };
}

/** One email a day listing how many of each kind are new since the last digest. */
export function digestEmail(to: string, counts: ReadonlyMap<NotificationKind, number>): OutgoingEmail {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const lines = NOTIFICATION_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0).map(
    (kind) => `- ${NOTIFICATION_KIND_LABELS[kind]}: ${counts.get(kind)}`,
  );
  return {
    to,
    subject: `Kith: ${total} new notification${total === 1 ? '' : 's'} today`,
    textBody: [
      'Your daily summary from Kith:',
      '',
      ...lines,
      '',
      'Sign in to Kith to see them:',
      `${notificationLinkBase()}/notifications`,
      '',
      FOOTER,
    ].join('\n'),
  };
}

const FOOTER =
  'This email leaves out personal details on purpose. You can choose which notifications are emailed in Kith under Notification settings.';
