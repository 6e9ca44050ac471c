import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 150_000;
const NOTES = 'Talked through a complex housing case; agreed to escalate to the council.';

/** Fills an NHS date input (day, month, year boxes) inside the fieldset named `legend` with today. */
async function fillToday(page: Page, legend: string): Promise<void> {
  const now = new Date();
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(now.getDate()));
  await group.getByLabel('Month').fill(String(now.getMonth() + 1));
  await group.getByLabel('Year').fill(String(now.getFullYear()));
}

async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/sign-in');
  await signIn(page, email, password);
  await expectHeading(page, 'Home');
}

describeJourney(
  'journey: supervision with private notes, and learning that leaves the due list',
  JOURNEY_TIMEOUT_MS,
  (running) => {
    it(
      'a supervisor records a session; the link worker reads the notes; the manager sees the overview but not the notes',
      async () => {
        const { page, step } = running.journey;
        const password = running.kith.adminPassword;

        await step('the supervisor records clinical supervision with the link worker', async () => {
          await signInAs(page, 'supervisor@kith.example', password);
          await page.goto('/supervision');
          await expectHeading(page, 'Supervision');
          await page.getByRole('link', { name: 'Record a supervision session' }).click();
          await expectHeading(page, 'Record a supervision session');
          await page.getByLabel('Clinical supervision with a GP').check();
          await fillToday(page, 'Date of the session');
          await page.getByLabel('Supervisee').selectOption({ label: 'Lina Link' });
          await page.getByText('Only you and Lina Link can read these.').waitFor();
          await page.getByLabel('Private notes').fill(NOTES);
          await checkAccessibility(page, 'record a supervision session');
          await page.getByRole('button', { name: 'Save the session' }).click();
          await expectHeading(page, 'Supervision session');
          await page.getByText('The supervision session has been recorded.').waitFor();
          await page.getByText(NOTES).waitFor();
          await checkAccessibility(page, 'supervision session (supervisor)');
          await signOut(page);
        });

        await step('the link worker opens the session and reads the notes', async () => {
          await signInAs(page, 'linkworker@kith.example', password);
          await page.goto('/supervision');
          await expectHeading(page, 'Supervision');
          await checkAccessibility(page, 'my supervision');
          await page.getByRole('table').getByRole('link').first().click();
          await expectHeading(page, 'Supervision session');
          await page.getByText(NOTES).waitFor();
          await page.getByText('Only you and Sam Supervisor can read these.').waitFor();
        });

        await step('the link worker records safeguarding training with evidence and it leaves the due list', async () => {
          await page.goto('/learning');
          await expectHeading(page, 'My learning');
          const due = page.getByRole('table', { name: 'Due' });
          await due.getByRole('row', { name: /Safeguarding adults and children/ }).waitFor();
          await checkAccessibility(page, 'my learning');
          await due.getByRole('link', { name: 'Record completion of Safeguarding adults and children' }).click();
          await expectHeading(page, 'Record a completed course');
          expect(await page.getByLabel('Course').inputValue()).not.toBe('');
          await fillToday(page, 'When did you complete it?');
          await page.getByLabel('Evidence').fill('https://learning.example.org/certificates/SG-2291');
          await checkAccessibility(page, 'record a completed course');
          await page.getByRole('button', { name: 'Save completion' }).click();
          await expectHeading(page, 'My learning');
          await page.getByText('Safeguarding adults and children has been recorded as completed.').waitFor();
          await page
            .getByRole('table', { name: 'Completed' })
            .getByRole('row', { name: /Safeguarding adults and children.*SG-2291/ })
            .waitFor();
          expect(await due.getByRole('row', { name: /Safeguarding adults and children/ }).count()).toBe(0);
          await signOut(page);
        });

        await step('the PCN manager sees the session in the overview but not its notes', async () => {
          await signInAs(page, 'pcnmanager@kith.example', password);
          await page.goto('/supervision');
          await expectHeading(page, 'Supervision');
          const overview = page.getByRole('table', { name: /Link workers' supervision/ });
          await overview.getByRole('row', { name: /Lina Link.*Up to date/ }).waitFor();
          await checkAccessibility(page, 'supervision overview');
          await page.getByRole('table', { name: 'Supervision sessions, newest first' }).getByRole('link').first().click();
          await expectHeading(page, 'Supervision session');
          await page.getByText('These notes are private to the two people in the session.').waitFor();
          expect(await page.getByText(NOTES).count()).toBe(0);
          await checkAccessibility(page, 'supervision session (manager)');
        });
      },
      JOURNEY_TIMEOUT_MS,
    );
  },
);
