import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 150_000;

/** Types a date into the NHS date input whose legend is `legend`. */
async function fillDate(page: Page, legend: string, date: Date): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(date.getDate()));
  await group.getByLabel('Month').fill(String(date.getMonth() + 1));
  await group.getByLabel('Year').fill(String(date.getFullYear()));
}

function inDays(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date;
}

describeJourney('journey: a wellbeing pulse round and the implementation checklist', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'the manager opens a round, a link worker answers, results wait for the close, the small group stays hidden; the checklist progress goes up',
    async () => {
      const { page, step } = running.journey;
      const signInAs = async (email: string) => {
        await page.goto('/');
        await page.waitForURL('**/sign-in');
        await signIn(page, email, running.kith.adminPassword);
        await expectHeading(page, 'Home');
      };

      await step('the PCN manager opens a pulse round for the demo PCN', async () => {
        await signInAs('pcnmanager@kith.example');
        await page.goto('/pulse/results');
        await expectHeading(page, 'Wellbeing pulse results');
        await page.getByText('No pulse rounds yet').waitFor();
        await checkAccessibility(page, 'pulse rounds');
        await page.getByLabel('Who is the round for?').selectOption({ label: 'Riverside Primary Care Network (demo)' });
        await page.getByLabel('Title').fill('Journey pulse');
        await fillDate(page, 'Opens on', inDays(0));
        await fillDate(page, 'Closes on', inDays(14));
        await page.getByRole('button', { name: 'Open the round' }).click();
        await page.getByText('The round “Journey pulse” has been opened').waitFor();
        await page.getByRole('link', { name: 'Journey pulse' }).waitFor();
        await signOut(page);
      });

      await step('the demo link worker answers it anonymously', async () => {
        await signInAs('linkworker@kith.example');
        await page.goto('/pulse');
        await expectHeading(page, 'Wellbeing pulse');
        await page.getByText(/Your answers are anonymous/).waitFor();
        await page.getByText(/only ever shown for groups of 5 or more/).waitFor();
        await page.getByRole('heading', { name: 'Journey pulse' }).waitFor();
        await checkAccessibility(page, 'pulse form');
        const answers: [string, string][] = [
          ['I am satisfied with my job', 'Agree'],
          ['My caseload is manageable', 'Neither agree nor disagree'],
          ['I feel valued by the practice team', 'Strongly agree'],
          ['I can get supervision when I need it', 'Disagree'],
        ];
        for (const [statement, answer] of answers) {
          await page.getByRole('group', { name: statement }).getByLabel(answer, { exact: true }).check();
        }
        await page.getByRole('button', { name: 'Send my answers' }).click();
        await page.getByRole('heading', { name: 'Thank you' }).waitFor();
        await checkAccessibility(page, 'pulse thank-you');
        await signOut(page);
      });

      await step('the manager sees that results wait for the round to close', async () => {
        await signInAs('pcnmanager@kith.example');
        await page.goto('/pulse/results');
        await page.getByRole('link', { name: 'Journey pulse' }).click();
        await expectHeading(page, 'Pulse results: Journey pulse');
        await page
          .getByText(/Results are shown once the round closes on .+, so that no single answer can be worked out/)
          .waitFor();
        // No table, no figures and no download while the round is open.
        expect(await page.getByRole('table').count()).toBe(0);
        expect(await page.getByRole('link', { name: 'Download these results (CSV)' }).count()).toBe(0);
        await checkAccessibility(page, 'pulse results waiting for the close');
      });

      await step('the manager closes the round early from the rounds list', async () => {
        await page.getByRole('link', { name: 'All pulse rounds' }).click();
        await expectHeading(page, 'Wellbeing pulse results');
        const row = page.getByRole('row', { name: /Journey pulse/ });
        await row.getByText('Open', { exact: true }).waitFor();
        await checkAccessibility(page, 'pulse rounds with an open round');
        await row.getByRole('button', { name: 'Close this round now' }).click();
        await page.getByText('The round “Journey pulse” has been closed').waitFor();
        await row.getByText('Closed', { exact: true }).waitFor();
        expect(await row.getByRole('button', { name: 'Close this round now' }).count()).toBe(0);
      });

      await step('the manager sees the group withheld, with fewer than 5 responses', async () => {
        await page.getByRole('link', { name: 'Journey pulse' }).click();
        await expectHeading(page, 'Pulse results: Journey pulse');
        await page.getByText('fewer than 5 responses — not shown').waitFor();
        // No figure of any kind for the group: its row holds only the note.
        const row = page.getByRole('row', { name: /Riverside Primary Care Network/ });
        expect(await row.getByRole('cell').allTextContents()).toEqual(['fewer than 5 responses — not shown']);
        await page.getByText(/No overall figures/).waitFor();
        await page.getByRole('link', { name: 'Download these results (CSV)' }).waitFor();
        await checkAccessibility(page, 'pulse results');
      });

      await step('the manager marks "Supervision arranged" done and the progress goes up', async () => {
        await page.goto('/implementation-checklist');
        await expectHeading(page, 'Implementation checklist');
        await page.getByText('0 of 10 done').waitFor();
        await checkAccessibility(page, 'implementation checklist');
        await page.getByRole('button', { name: 'Edit Supervision arranged' }).click();
        await page.getByRole('heading', { name: 'Edit: Supervision arranged' }).waitFor();
        await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Priya Manager' });
        await fillDate(page, 'Due date (optional)', inDays(30));
        await page.getByRole('group', { name: 'Status' }).getByLabel('Done').check();
        await page.getByLabel('Notes (optional)').fill('Monthly GP clinical supervision booked.');
        await checkAccessibility(page, 'checklist item editor');
        await page.getByRole('button', { name: 'Save item' }).click();
        await page.getByText('“Supervision arranged” saved').waitFor();
        await page.getByText('1 of 10 done').waitFor();
        const row = page.getByRole('row', { name: /Supervision arranged/ });
        await row.getByText('Priya Manager').waitFor();
        await row.getByText('Done', { exact: true }).waitFor();
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
