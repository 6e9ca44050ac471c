import { existsSync } from 'node:fs';
import { readPdfText } from '@kith/server/modules/letters/pdf-text.test-support.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNotifyServer, startLocalNotifyServer } from '../../packages/server/test/notify-server/notify-server.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../packages/server/test/smtp-server.ts';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { useKithJourney } from '../support/journey-setup.ts';
import { CHROMIUM_PATH } from '../support/launch-browser.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';
import { DESKTOP } from '../support/viewports.ts';

/**
 * The "must hold" journey: one working day across five roles, with the messages Kith
 * sends leaving it for real — the SMS confirmation to a local GOV.UK Notify, the safeguarding
 * email to an SMTP server — both started here and handed to Kith through its environment.
 */

const JOURNEY_TIMEOUT_MS = 240_000;

/** The demo link worker, as supervisors see them in the allocation table. */
const DEMO_LINK_WORKER = 'Lina Link';
/** The demo supervisor: the demo PCN's designated safeguarding lead. */
const LEAD_EMAIL = 'supervisor@kith.example';
/** A demo service run by the demo VCSE provider, taking referrals through Kith. */
const SERVICE = 'Riverside Walking Group (demo)';

const SUFFIX = Date.now().toString(36);
const PERSON = {
  givenName: 'Edith',
  familyName: `Dayworth${SUFFIX}`,
  nhsNumber: '9434765919',
  dateOfBirth: '1948-11-02',
  postcode: 'BW1 2AB',
};
const FULL_NAME = `${PERSON.givenName} ${PERSON.familyName}`;
/** A number from Ofcom's drama range, unique to this run so its SMS is easy to pick out. */
const MOBILE = `07700 900${String(Date.now() % 1000).padStart(3, '0')}`;
const GOAL = 'Join the walking group on Tuesdays';
const CONTACT_NOTE = `Met at the surgery; talked about walking again (${SUFFIX}).`;
const PROVIDER_NOTE = `Edith is welcome on Tuesday; we meet at the library at 10am (${SUFFIX}).`;

/** How long a job (1-second poll) may take to reach the local Notify or SMTP server. */
const DELIVERY_TIMEOUT_MS = 30_000;

/** A heading that ends with `text` (after its caption), matched literally. */
function endsWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function expectSuccess(page: Page, message: string | RegExp): Promise<void> {
  await page.locator('.nhsuk-notification-banner--success').getByText(message).first().waitFor();
}

/** The unread count as the signed-in user's session reads it. */
async function unreadCount(page: Page): Promise<number> {
  return page.evaluate(async () => (await (await fetch('/api/notifications/unread-count')).json()).unread as number);
}

/** The number the header badge shows once it has loaded (no number shown means none unread). */
async function badgeCount(page: Page): Promise<number> {
  const badge = page.locator('header a.kith-notification-badge').filter({ visible: true }).first();
  await badge.waitFor();
  const count = badge.locator('.kith-notification-badge__count');
  return (await count.count()) === 0 ? 0 : Number(await count.innerText());
}

/** Waits for the header badge to count more than `before`, and says so to a screen reader. */
async function expectBadgeAbove(page: Page, before: number): Promise<number> {
  await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBeGreaterThan(before);
  const shown = await badgeCount(page);
  const badge = page.locator('header a.kith-notification-badge').filter({ visible: true }).first();
  expect(await badge.ariaSnapshot()).toMatch(new RegExp(`^- link "Notifications, ${shown} unread"`));
  return shown;
}

/** Opens the notifications page from the header badge. */
async function openNotifications(page: Page): Promise<void> {
  await page.locator('header a.kith-notification-badge').filter({ visible: true }).first().click();
  await expectHeading(page, 'Notifications');
}

/** The hrefs of the unread notifications on the notifications page whose title matches `title`. */
async function unreadLinks(page: Page, title: RegExp): Promise<string[]> {
  const items = page.locator('main li.kith-notification--unread a');
  await page.locator('main li').first().waitFor();
  const links = await items.evaluateAll((found) =>
    found.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' })),
  );
  return links.filter((link) => title.test(link.text)).map((link) => link.href);
}

/** A start about five minutes from now, on a whole minute, as the booking form takes it (UK time). */
function appointmentStart(): { at: Date; day: string; month: string; year: string; time: string; spoken: string } {
  const at = new Date(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000);
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  // As the confirmation says it: "2:35pm".
  const spoken = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true })
    .format(at)
    .replace(/\s/g, '')
    .toLowerCase();
  const part = (name: string) => parts[name] ?? '';
  return { at, day: part('day'), month: part('month'), year: part('year'), time: `${part('hour')}:${part('minute')}`, spoken };
}

/**
 * Refers the person from the signed-in GP practice to the PCN its link workers serve (the
 * practice's parent), through the API as the referral form would, and returns the referral's id
 * (a referrer is not shown the person's). `referThroughApi` refers to the first PCN the user can
 * see, and a practice sees none.
 */
async function referFromPractice(page: Page): Promise<string> {
  const result = await page.evaluate(async (person) => {
    const me = await (await fetch('/api/me')).json();
    const organisations = (await (await fetch('/api/organisations')).json()).items as {
      id: string;
      kind: string;
      parentId: string | null;
    }[];
    const practice = organisations.find((organisation) => organisation.kind === 'gp_practice' && organisation.parentId);
    const response = await fetch('/api/referrals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        organisationId: practice?.parentId,
        person,
        reasons: ['loneliness'],
        consent: { toReferral: true, toDataSharing: true },
      }),
    });
    return { status: response.status, body: await response.json() };
  }, PERSON);
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.id;
}

/** A demo service's id, found by name with the signed-in user's session. */
async function serviceIdOf(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (wanted) => {
    const found = await (await fetch(`/api/directory/services?q=${encodeURIComponent(wanted)}&pageSize=50`)).json();
    return found.items.find((service: { name: string }) => service.name === wanted)?.id ?? '';
  }, name);
  expect(id, `the demo service ${name}`).not.toBe('');
  return id;
}

/** Sends an onward referral for the person on their case through the API, as the onward referral form would. */
async function sendOnwardReferral(page: Page, personId: string, referralId: string, serviceId: string): Promise<string> {
  const result = await page.evaluate(
    async ({ personId, referralId, serviceId }) => {
      const me = await (await fetch('/api/me')).json();
      const response = await fetch(`/api/people/${personId}/onward-referrals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          serviceId,
          referralId,
          sharedFields: ['name', 'phone'],
          consentGiven: true,
          note: 'Keen to walk with others again.',
        }),
      });
      return { status: response.status, body: await response.json() };
    },
    { personId, referralId, serviceId },
  );
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.id;
}

/** The PDF at `href`, fetched with the page's own session. */
async function fetchPdf(page: Page, href: string): Promise<Buffer> {
  const fetched = await page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { status: response.status, type: response.headers.get('content-type') ?? '', base64: btoa(binary) };
  }, href);
  expect(fetched.status).toBe(200);
  expect(fetched.type).toContain('application/pdf');
  return Buffer.from(fetched.base64, 'base64');
}

describe.skipIf(!existsSync(CHROMIUM_PATH))(
  `journey: a link worker's working day (${DESKTOP.name} ${DESKTOP.width}×${DESKTOP.height})`,
  () => {
    let notify: LocalNotifyServer | undefined;
    let smtp: TestSmtpServer | undefined;
    beforeAll(async () => {
      [notify, smtp] = await Promise.all([startLocalNotifyServer(), startTestSmtpServer()]);
    });
    afterAll(async () => {
      await Promise.all([notify?.close(), smtp?.close()]);
    });

    const running = useKithJourney(JOURNEY_TIMEOUT_MS, DESKTOP, () => {
      if (!notify || !smtp) throw new Error('The local Notify and SMTP servers have not started');
      return {
        KITH_NOTIFY_API_KEY: notify.apiKey,
        KITH_NOTIFY_URL: notify.url,
        KITH_NOTIFY_SMS_TEMPLATE_ID: notify.smsTemplateId,
        KITH_NOTIFY_EMAIL_TEMPLATE_ID: notify.emailTemplateId,
        KITH_SMTP_URL: smtp.url,
        // Jobs (the SMS, the email) run within a second rather than the default half-minute.
        KITH_JOB_POLL_SECONDS: '1',
      };
    });

    it(
      'referral → badge → allocation → dashboard → appointment with SMS → attended contact → safeguarding email → care plan PDF → provider note',
      async () => {
        const { page, step, problems } = running.journey;
        const password = running.kith.adminPassword;
        const localNotify = notify as LocalNotifyServer;
        const mail = smtp as TestSmtpServer;
        let supervisorUnread = 0;
        let personId = '';
        let referralId = '';
        let concernId = '';
        let onwardId = '';
        let linkWorkerUnread = 0;

        await step('the supervisor starts the day with some notifications read', async () => {
          await page.goto('/');
          await page.waitForURL('**/sign-in');
          await signIn(page, 'supervisor@kith.example', password);
          await expectHeading(page, 'Home');
          supervisorUnread = await unreadCount(page);
          expect(await badgeCount(page)).toBe(supervisorUnread);
          await checkAccessibility(page, 'supervisor dashboard');
          await signOut(page);
        });

        await step('a referrer refers a person', async () => {
          await signIn(page, 'referrer@kith.example', password);
          await expectHeading(page, 'Home');
          referralId = await referFromPractice(page);
          await signOut(page);
        });

        await step('the supervisor’s badge counts the new referral, which links to it', async () => {
          await signIn(page, 'supervisor@kith.example', password);
          await expectHeading(page, 'Home');
          await expectBadgeAbove(page, supervisorUnread);
          await openNotifications(page);
          const queued = await unreadLinks(page, /^New referral [0-9A-F]{8} is in the queue$/);
          expect(queued.length).toBeGreaterThan(0);
          await checkAccessibility(page, 'notifications page');

          await followMenuLink(page, 'Referral queue');
          await expectHeading(page, 'Referral queue');
          await page.getByRole('link', { name: FULL_NAME }).first().click();
          await expectHeading(page, new RegExp(FULL_NAME));
          expect(new URL(page.url()).pathname).toBe(`/referrals/${referralId}`);
          expect(queued, 'a notification links to this referral').toContain(`/referrals/${referralId}`);
          personId = await page.evaluate(
            async (id) => (await (await fetch(`/api/referrals/${id}`)).json()).person.id as string,
            referralId,
          );
        });

        await step('the supervisor triages it and allocates it to the demo link worker', async () => {
          await page.getByLabel('Medium', { exact: true }).check();
          await page.getByRole('button', { name: 'Save triage' }).click();
          await expectSuccess(page, 'Triage saved. The referral is ready to allocate.');
          await page.getByLabel(DEMO_LINK_WORKER).check();
          await page.getByRole('button', { name: 'Allocate', exact: true }).click();
          await expectSuccess(page, `Allocated to ${DEMO_LINK_WORKER}.`);
          // The safeguarding step below must raise the lead's count from here.
          supervisorUnread = await unreadCount(page);
          await signOut(page);
        });

        await step('the link worker’s dashboard shows it under new allocations', async () => {
          await signIn(page, 'linkworker@kith.example', password);
          await expectHeading(page, 'Home');
          const widget = page.getByRole('region', { name: 'New allocations' });
          await widget.getByRole('link', { name: FULL_NAME }).waitFor();
          expect(await widget.getByRole('link', { name: FULL_NAME }).getAttribute('href')).toBe(`/cases/${referralId}`);
          await checkAccessibility(page, 'link worker dashboard');
        });

        await step('the link worker records their mobile, texts as their preference and their consent', async () => {
          await page.goto(`/people/${personId}`);
          await expectHeading(page, endsWith(FULL_NAME));
          await page
            .locator('main')
            .getByRole('link', { name: `Edit details of ${FULL_NAME}` })
            .click();
          await expectHeading(page, endsWith('Edit details'));
          await checkAccessibility(page, 'person edit page');
          await page.getByLabel('Phone number').fill(MOBILE);
          await page.getByRole('group', { name: 'Preferred way to be contacted' }).getByLabel('Text message').check();
          await page
            .getByRole('group', { name: 'Have they agreed to be contacted by text message, email or letter?' })
            .getByLabel('Yes', { exact: true })
            .check();
          await page.getByRole('button', { name: 'Save details' }).click();
          await expectSuccess(page, 'Details saved');
          await expectHeading(page, endsWith(FULL_NAME));
          await page.locator('main').getByText(MOBILE).first().waitFor();
        });

        const start = appointmentStart();
        await step('books an appointment on the case; the SMS confirmation reaches Notify', async () => {
          await page.goto(`/cases/${referralId}`);
          await expectHeading(page, /Contacts$/);
          await page
            .getByRole('navigation', { name: 'Sections of this case' })
            .getByRole('link', { name: 'Appointments' })
            .click();
          await expectHeading(page, /Appointments$/);
          await page.getByText('No appointments booked yet.').waitFor();
          await checkAccessibility(page, 'case appointments');

          const date = page.getByRole('group', { name: 'Date' });
          await date.getByLabel('Day').fill(start.day);
          await date.getByLabel('Month').fill(start.month);
          await date.getByLabel('Year').fill(start.year);
          await page.getByLabel('Time', { exact: true }).fill(start.time);
          await page.getByLabel('How long, in minutes').fill('30');
          await page.getByRole('group', { name: 'How will it happen?' }).getByLabel('Face to face').check();
          await page.getByLabel('Where', { exact: true }).fill('Brightwater Surgery, room 2');
          await page.getByRole('button', { name: 'Book appointment' }).click();
          await expectSuccess(page, /^Appointment booked for /);
          const booked = page.getByRole('table', { name: 'Appointments, earliest first' });
          await booked.getByRole('cell', { name: start.time }).waitFor();

          const digits = MOBILE.replace(/\s/g, '');
          const sms = await localNotify.waitFor(
            (message) => message.type === 'sms' && message.to.replace(/\s/g, '') === digits,
            DELIVERY_TIMEOUT_MS,
          );
          expect(sms.body).toContain(start.spoken);
          expect(sms.body).not.toContain(PERSON.familyName);
          expect(sms.body).not.toContain(PERSON.nhsNumber);
        });

        await step('marks the appointment attended, which logs the contact on the case', async () => {
          await page
            .getByRole('table', { name: 'Appointments, earliest first' })
            .getByRole('link', { name: `${start.time} appointment` })
            .click();
          await expectHeading(page, endsWith('Appointment'));
          await page.getByRole('heading', { name: 'Mark attended and log contact' }).waitFor();
          await checkAccessibility(page, 'appointment page');
          await page.getByLabel('Notes for the contact (optional)').fill(CONTACT_NOTE);
          await page.getByRole('button', { name: 'Mark attended and log contact' }).click();
          await expectSuccess(page, 'Marked attended, and the contact is logged on the case');
          await page.getByRole('link', { name: 'Logged as a contact' }).click();
          await expectHeading(page, /Contacts$/);
          const contacts = page.getByRole('table', { name: 'Contacts and attempts, newest first' });
          await contacts.getByRole('cell', { name: CONTACT_NOTE }).waitFor();
        });

        await step('raises a safeguarding concern on the person', async () => {
          await page.goto(`/people/${personId}`);
          await expectHeading(page, endsWith(FULL_NAME));
          await page.getByLabel('Neglect or acts of omission').check();
          await page
            .getByLabel('What has happened or what have you noticed?')
            .fill('The heating was off and there was no food in.');
          await page.getByRole('group', { name: 'Is anyone at immediate risk of harm?' }).getByLabel('No').check();
          await page.getByRole('button', { name: 'Raise the concern' }).click();
          await page.getByText('The safeguarding lead was told: Sam Supervisor.').waitFor();
          const concern = page.locator('main a[href^="/safeguarding/"]').first();
          await concern.waitFor();
          concernId = (await concern.getAttribute('href'))?.split('/').pop() ?? '';
          expect(concernId).not.toBe('');
        });

        await step('writes a care plan with a goal and downloads it as a PDF that says the goal', async () => {
          await page.goto(`/cases/${referralId}/care-plan`);
          await expectHeading(page, /Care plan$/);
          await page.getByLabel('What matters to me').fill('Getting out of the house and meeting people.');
          await page.getByRole('button', { name: 'Add a goal' }).click();
          await page.getByLabel('Goal 1').fill(GOAL);
          await page.getByRole('button', { name: 'Save care plan' }).click();
          await expectSuccess(page, 'Care plan saved');

          const downloaded = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Download care plan (PDF)' }).click();
          await downloaded;
          const link = page.getByRole('status').getByRole('link', { name: /^Download .*\(PDF, / });
          await link.waitFor();
          await checkAccessibility(page, 'care plan with its PDF made');
          const pdf = readPdfText(await fetchPdf(page, (await link.getAttribute('href')) ?? ''));
          expect(pdf.text).toContain(GOAL);
        });

        await step('sends an onward referral to the demo provider’s service', async () => {
          onwardId = await sendOnwardReferral(page, personId, referralId, await serviceIdOf(page, SERVICE));
          linkWorkerUnread = await unreadCount(page);
          await signOut(page);
        });

        await step('the lead’s badge goes up and the email reaches SMTP without naming the person', async () => {
          await signIn(page, LEAD_EMAIL, password);
          await expectHeading(page, 'Home');
          await expectBadgeAbove(page, supervisorUnread);
          await openNotifications(page);
          const raised = await unreadLinks(page, /^A safeguarding concern has been raised$/);
          expect(raised).toContain(`/safeguarding/${concernId}`);

          const email = await mail.waitFor(
            (message) =>
              (message.text ?? '').includes(`/safeguarding/${concernId}`) &&
              JSON.stringify(message.to ?? '').includes(LEAD_EMAIL),
            DELIVERY_TIMEOUT_MS,
          );
          const subject = email.subject ?? '';
          expect(subject).toMatch(/safeguarding/i);
          for (const personal of [PERSON.givenName, PERSON.familyName, PERSON.nhsNumber, '943 476 5919']) {
            expect(subject, `the subject must not carry "${personal}"`).not.toContain(personal);
            expect(email.text ?? '', `the email must not carry "${personal}"`).not.toContain(personal);
          }
          await signOut(page);
        });

        await step('the provider writes a note to the link worker on the referral', async () => {
          await signIn(page, 'vcse@kith.example', password);
          await expectHeading(page, 'Home');
          await page.goto(`/provider/referrals/${onwardId}`);
          await expectHeading(page, endsWith(SERVICE));
          await page.getByRole('heading', { name: 'Conversation' }).waitFor();
          await page.getByLabel('Write a note to the link worker').fill(PROVIDER_NOTE);
          await page.getByRole('button', { name: 'Add note' }).click();
          await page.getByText('Your note has been added. The link worker will be told about it.').waitFor();
          await page.getByRole('list', { name: 'Conversation' }).getByText(PROVIDER_NOTE).waitFor();
          await checkAccessibility(page, 'provider referral page with its conversation');
          await signOut(page);
        });

        await step('the link worker’s badge shows the note, which leads to the onward referral', async () => {
          await signIn(page, 'linkworker@kith.example', password);
          await expectHeading(page, 'Home');
          await expectBadgeAbove(page, linkWorkerUnread);
          await openNotifications(page);
          const notes = await unreadLinks(page, /^A provider wrote a note on an onward referral$/);
          expect(notes).toContain(`/onward-referrals/${onwardId}`);
          await page.locator(`main a[href="/onward-referrals/${onwardId}"]`).first().click();
          await expectHeading(page, endsWith(SERVICE));
          await page.getByRole('list', { name: 'Conversation' }).getByText(PROVIDER_NOTE).waitFor();
          await checkAccessibility(page, 'onward referral with the provider’s note');
        });

        expect(problems).toEqual([]);
      },
      JOURNEY_TIMEOUT_MS,
    );
  },
);
