import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
/** A demo postcode (the generated "BW" fixture) for the new service's location. */
const POSTCODE = 'BW2 3CD';

/** Searches the directory for "Physical activity" near the postcode, and waits for the result count. */
async function searchByNeedNearPostcode(page: Page): Promise<void> {
  await page.goto('/directory');
  await expectHeading(page, 'Find a service');
  await page.getByText('Needs', { exact: true }).click();
  await page
    .getByRole('group', { name: 'What does the person need help with?' })
    .getByLabel('Physical activity', { exact: true })
    .check();
  await page.getByLabel('Near postcode').fill(POSTCODE);
  await page.getByLabel('Distance from the postcode').selectOption('5');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/\/directory\?.*postcode=BW2\+3CD/);
  await page.getByRole('heading', { level: 2, name: /services? found/ }).waitFor();
}

describeJourney('journey: an administrator curates a directory service', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'adds a service with a location and a need, verifies it, finds it by need near the postcode, then archives it out of search',
    async () => {
      const { page, step } = running.journey;
      const name = `Journey Chair Yoga ${Date.now().toString(36)}`;
      const serviceLink = () => page.getByRole('link', { name, exact: true });

      await step('the service directory opens after signing in', async () => {
        await page.goto('/admin/directory');
        await page.waitForURL('**/sign-in');
        await signIn(page, running.kith.adminEmail, running.kith.adminPassword);
        await expectHeading(page, 'Service directory');
        await page.getByRole('link', { name: 'Riverside Walking Group (demo)', exact: true }).waitFor();
        await checkAccessibility(page, 'service directory');
      });

      await step('the add form explains what is missing', async () => {
        await page.getByRole('link', { name: 'Add a service' }).click();
        await expectHeading(page, 'Add a service');
        await page.getByRole('button', { name: 'Add the service' }).click();
        await page
          .locator('.nhsuk-error-summary')
          .getByRole('link', { name: 'Choose the organisation that runs the service' })
          .waitFor();
        await page.locator('#name-error').getByText('Enter a service name').waitFor();
        expect(await page.title()).toBe('Error: Add a service – Kith');
        await checkAccessibility(page, 'add service form with errors');
      });

      await step('a location with a bad postcode is named by its field', async () => {
        await page.getByLabel('Organisation that runs it').selectOption({ label: 'Brightwater Community Connectors (demo)' });
        await page.getByLabel('Service name').fill(name);
        await page.getByLabel('Description').fill('Gentle seated exercise for all abilities.');
        await page.getByRole('group', { name: 'How do people get to it?' }).getByLabel('Referral through Kith').check();
        await page.getByRole('group', { name: 'Needs it helps with' }).getByLabel('Physical activity', { exact: true }).check();
        await page.getByRole('button', { name: 'Add a location' }).click();
        const location = page.getByRole('group', { name: 'Location 1' });
        await location.getByLabel('Name of the place').fill('Harbour community hall');
        await location.getByLabel('Postcode').fill('not a postcode');
        await location.getByRole('button', { name: 'Add an opening time to location 1' }).click();
        await location.getByLabel('Monday').check();
        await location.getByLabel('Wednesday').check();
        await location.getByLabel('Opens').fill('10:00');
        await location.getByLabel('Closes').fill('12:00');
        await page.getByRole('button', { name: 'Add the service' }).click();
        await page.locator('#locations-0-postcode-error').waitFor();
        await checkAccessibility(page, 'add service form with a location');
      });

      await step('the service is added', async () => {
        await page.getByRole('group', { name: 'Location 1' }).getByLabel('Postcode').fill(POSTCODE);
        await page.getByRole('button', { name: 'Add the service' }).click();
        await expectHeading(page, 'Service directory');
        await page.locator('.nhsuk-notification-banner--success').getByText(`${name} has been added`).waitFor();
      });

      await step('it is verified from the curation list', async () => {
        await page.getByLabel('Service or organisation name').fill(name);
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.waitForURL('**/admin/directory?q=*');
        await page.getByRole('button', { name: `Verify ${name}` }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText(`${name} has been verified`).waitFor();
        await checkAccessibility(page, 'service directory after verifying');
      });

      await step('a search by need near the postcode finds it, with its opening times in words', async () => {
        await searchByNeedNearPostcode(page);
        await serviceLink().waitFor();
        await checkAccessibility(page, 'directory search results');
        await serviceLink().click();
        await expectHeading(page, new RegExp(name));
        await page.getByText('Mondays and Wednesdays, 10:00 to 12:00').waitFor();
        await checkAccessibility(page, 'service page');
        await page.getByRole('link', { name: 'Back to search' }).click();
        await page.waitForURL(/postcode=BW2\+3CD/);
        await serviceLink().waitFor();
      });

      await step('an unknown postcode is explained beside the postcode field', async () => {
        await page.getByLabel('Near postcode').fill('ZZ9 9ZZ');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.locator('#postcode-error').waitFor();
        await page.locator('.nhsuk-error-summary').getByRole('link').first().waitFor();
        await checkAccessibility(page, 'directory search with an unknown postcode');
      });

      await step('archived, it no longer appears in search', async () => {
        await page.goto(`/admin/directory?q=${encodeURIComponent(name)}`);
        await expectHeading(page, 'Service directory');
        await page.getByRole('button', { name: `Archive ${name}` }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText(`${name} has been archived`).waitFor();
        await searchByNeedNearPostcode(page);
        expect(await serviceLink().count()).toBe(0);
      });

      await step('a need is added under another in the taxonomy, and the organisations list opens', async () => {
        await page.goto('/admin/directory/taxonomy');
        await expectHeading(page, 'Needs taxonomy');
        await page.getByRole('button', { name: 'Add a need under Physical activity and health' }).click();
        await page.getByRole('heading', { level: 2, name: 'Add a need under Physical activity and health' }).waitFor();
        await page.getByLabel('Name', { exact: true }).fill('Chair-based exercise');
        await page.getByRole('button', { name: 'Add the need' }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText('Chair-based exercise has been added').waitFor();
        await page.getByRole('button', { name: 'Edit Chair-based exercise' }).waitFor();
        await checkAccessibility(page, 'needs taxonomy');
        await page.getByRole('link', { name: 'Back to the service directory' }).click();
        await page.getByRole('link', { name: 'Organisations that run services' }).click();
        await expectHeading(page, 'Organisations that run services');
        await page.getByRole('cell', { name: 'Brightwater Community Connectors (demo)' }).first().waitFor();
        await checkAccessibility(page, 'directory organisations');
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
