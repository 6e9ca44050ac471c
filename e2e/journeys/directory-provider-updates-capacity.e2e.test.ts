import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { referThroughApi } from '../support/journey-referrals.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const SERVICE = 'Riverside Walking Group (demo)';

describeJourney('journey: a VCSE provider keeps capacity up to date and link workers see it', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    "changes a service to a 6-week waiting list in one click; search shows it, and a person's search offers Refer",
    async () => {
      const { page, step } = running.journey;
      const card = () => page.getByRole('region', { name: SERVICE });

      await step('the provider sees their services', async () => {
        await page.goto('/provider/services');
        await page.waitForURL('**/sign-in');
        await signIn(page, 'vcse@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Your services');
        await card().waitFor();
        await checkAccessibility(page, 'provider services');
      });

      await step('a wait that is not a number is explained on that service', async () => {
        await card().getByLabel('Waiting list').check();
        await card().getByLabel('Typical wait in days').fill('six weeks');
        await card()
          .getByRole('button', { name: `Update ${SERVICE}` })
          .click();
        await page
          .locator('.nhsuk-error-summary')
          .getByRole('link', { name: /whole number of days/ })
          .waitFor();
        await checkAccessibility(page, 'provider services with an error');
      });

      await step('one click updates capacity and the wait', async () => {
        await card().getByLabel('Typical wait in days').fill('42');
        await card()
          .getByRole('button', { name: `Update ${SERVICE}` })
          .click();
        await page
          .locator('.nhsuk-notification-banner--success')
          .getByText(`${SERVICE} updated: Waiting list, typical wait 6 weeks`)
          .waitFor();
        await card().locator('.nhsuk-tag', { hasText: 'Waiting list' }).waitFor();
        await signOut(page);
      });

      await step('a link worker searching for it sees the waiting list and the wait', async () => {
        await page.waitForURL('**/sign-in');
        await signIn(page, 'linkworker@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await page.goto(`/directory?q=${encodeURIComponent('Riverside Walking')}`);
        await expectHeading(page, 'Find a service');
        const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SERVICE, exact: true }) });
        await result.locator('.nhsuk-tag', { hasText: 'Waiting list' }).waitFor();
        await result.getByText('6 weeks', { exact: true }).waitFor();
        await checkAccessibility(page, 'directory search');
      });

      await step("a search from a person's record starts from their postcode and needs and offers Refer", async () => {
        const personId = await referThroughApi(
          page,
          { givenName: 'Edna', familyName: 'Marsh', dateOfBirth: '1938-02-14', postcode: 'BW1 1AA' },
          ['loneliness'],
        );
        await page.goto(`/directory?personId=${personId}`);
        await page.waitForURL(/postcode=BW1\+1AA/);
        expect(page.url()).toContain(`personId=${personId}`);
        await page.getByText('Searching for Loneliness or social isolation near BW1 1AA').waitFor();
        const refer = page.getByRole('link', { name: `Refer to ${SERVICE}` });
        await refer.waitFor();
        expect(await refer.getAttribute('href')).toMatch(new RegExp(`^/people/${personId}/onward-referrals/new\\?serviceId=`));
        await page.getByRole('link', { name: 'Nothing suitable? Record an unmet need' }).waitFor();
        await checkAccessibility(page, "directory search from a person's record");
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
