import { it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { referThroughApi } from '../support/journey-referrals.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;

describeJourney(
  'journey: a link worker raises a safeguarding concern and a supervisor acts on it',
  JOURNEY_TIMEOUT_MS,
  (running) => {
    it(
      'raises a concern from the person record; the safeguarding lead is told and acknowledges it',
      async () => {
        const { page, step } = running.journey;
        let personId = '';
        await step('the link worker opens a person record', async () => {
          await page.goto('/');
          await page.waitForURL('**/sign-in');
          await signIn(page, 'linkworker@kith.example', running.kith.adminPassword);
          await expectHeading(page, 'Home');
          personId = await referThroughApi(
            page,
            { givenName: 'Iris', familyName: 'Quinlan', dateOfBirth: '1941-07-09', postcode: 'LS6 2QT' },
            ['loneliness'],
          );
          await page.goto(`/people/${personId}`);
          await page.getByRole('heading', { name: 'Raise a safeguarding concern' }).waitFor();
          await checkAccessibility(page, 'person page');
        });

        await step('raises a concern; the demo PCN’s safeguarding lead is told', async () => {
          await page.getByLabel('Neglect or acts of omission').check();
          await page.getByLabel('What has happened or what have you noticed?').fill('No food in the house on my visit today.');
          await page.getByRole('group', { name: 'Is anyone at immediate risk of harm?' }).getByLabel('No').check();
          await page.getByRole('button', { name: 'Raise the concern' }).click();
          await page.getByText('The safeguarding lead was told: Sam Supervisor.').waitFor();
          await checkAccessibility(page, 'concern raised');
          await signOut(page);
        });

        await step('the supervisor finds it in the inbox and acknowledges it', async () => {
          await page.waitForURL('**/sign-in');
          await signIn(page, 'supervisor@kith.example', running.kith.adminPassword);
          await expectHeading(page, 'Home');
          await page.goto('/safeguarding');
          await expectHeading(page, 'Safeguarding concerns');
          await checkAccessibility(page, 'safeguarding inbox');
          await page.getByRole('link', { name: 'Iris Quinlan' }).click();
          await page.getByRole('heading', { name: 'Update the concern' }).waitFor();
          await checkAccessibility(page, 'concern page');
          await page.getByLabel('Acknowledged').check();
          await page.getByLabel('Note').fill('Spoke to the link worker; visiting tomorrow.');
          await page.getByRole('button', { name: 'Save' }).click();
          await page.getByText('The concern is now acknowledged.').waitFor();
        });
      },
      JOURNEY_TIMEOUT_MS,
    );
  },
);
