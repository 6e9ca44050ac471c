import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { referThroughApi } from '../support/journey-referrals.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const FOOD_BANK = 'Eastside Food Bank (journey)';
const PANTRY = 'Harbour Food Pantry (journey)';

/** Two food services in the demo area, added by the demo admin through the API (the editor is another journey's). */
async function addFoodServices(page: Page): Promise<void> {
  const statuses = await page.evaluate(
    async ({ foodBank, pantry }) => {
      const me = await (await fetch('/api/me')).json();
      const organisations = await (await fetch('/api/directory/organizations?q=Connectors')).json();
      const organisationId = organisations.items[0].id;
      const place = (name: string, postcode: string) => ({ name, postcode, locationType: 'physical', schedules: [] });
      const services = [
        {
          organisationId,
          name: foodBank,
          description: 'Emergency food parcels and a warm welcome. Food bank vouchers not always needed.',
          email: 'help@eastside-food.example.org',
          contacts: [{ name: 'Duty volunteer', phone: '0161 496 0000' }],
          locations: [place('Eastside church hall', 'BW1 1AB')],
        },
        {
          organisationId,
          name: pantry,
          description: 'A food pantry: a weekly bag of food for a small membership fee.',
          contacts: [{ name: 'Pat', email: 'pat@harbour-pantry.example.org', phone: '0161 496 0001' }],
          locations: [place('Harbour community centre', 'BW1 2AB')],
        },
      ];
      const results = [];
      for (const service of services) {
        const response = await fetch('/api/directory/services', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(service),
        });
        results.push(response.status);
      }
      return results;
    },
    { foodBank: FOOD_BANK, pantry: PANTRY },
  );
  expect(statuses).toEqual([201, 201]);
}

describeJourney('journey: a link worker finds help by words and place, on a list and a map', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'searches words and a postcode, sees phone, email and the map, opens a service, and records a need nothing meets',
    async () => {
      const { page, step } = running.journey;
      const result = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
      const map = () => page.getByRole('region', { name: 'Map of the results' });

      await step('the directory has two food services', async () => {
        await page.goto('/sign-in');
        await signIn(page, 'admin@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await addFoodServices(page);
        await signOut(page);
      });

      await step('a link worker searches "food" near a postcode and can call or email from the results', async () => {
        await page.waitForURL('**/sign-in');
        await signIn(page, 'linkworker@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await page.goto('/directory');
        await expectHeading(page, 'Find a service');
        await page.getByLabel('Search words').fill('food');
        await page.getByLabel('Near postcode').fill('BW1 1AA');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: '2 services found' }).waitFor();

        const call = result(FOOD_BANK).getByRole('link', { name: `Call ${FOOD_BANK} on 0161 496 0000` });
        expect(await call.getAttribute('href')).toBe('tel:01614960000');
        const mail = result(FOOD_BANK).getByRole('link', { name: `Email ${FOOD_BANK} at help@eastside-food.example.org` });
        expect(await mail.getAttribute('href')).toBe('mailto:help@eastside-food.example.org');
        // The pantry has no email of its own: its contact's is offered.
        await result(PANTRY)
          .getByRole('link', { name: `Email ${PANTRY} at pat@harbour-pantry.example.org` })
          .waitFor();
        await result(PANTRY)
          .getByRole('link', { name: `Call ${PANTRY} on 0161 496 0001` })
          .waitFor();
      });

      await step('the map beside the results has a marker per service and the searched postcode', async () => {
        await map()
          .getByRole('button', { name: `${FOOD_BANK}, Eastside church hall, BW1 1AB` })
          .waitFor();
        await map()
          .getByRole('button', { name: `${PANTRY}, Harbour community centre, BW1 2AB` })
          .waitFor();
        expect(await map().locator('.kith-map-searched').count()).toBe(1);
        await map().getByText('BW1 1AA', { exact: true }).waitFor();
        await checkAccessibility(page, 'directory search results with the map');
        // Leaflet draws through the DOM, never inline styles or outside images: nothing the CSP refuses.
        expect(running.journey.problems).toEqual([]);
      });

      await step(
        "a marker opens by keyboard, its popup names the service, and its link leads to the service's page",
        async () => {
          const marker = map().getByRole('button', { name: `${FOOD_BANK}, Eastside church hall, BW1 1AB` });
          await marker.focus();
          await page.keyboard.press('Enter');
          const link = map().getByRole('link', { name: FOOD_BANK, exact: true });
          await link.waitFor();
          expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
          await checkAccessibility(page, 'directory search with a map popup open');
          await page.keyboard.press('Escape');
          await link.waitFor({ state: 'detached' });
          expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true);

          await page.keyboard.press('Enter');
          await map().getByRole('link', { name: FOOD_BANK, exact: true }).click();
          await expectHeading(page, new RegExp(FOOD_BANK.replace(/[()]/g, '\\$&')));
        },
      );

      await step('the service page shows how to call and email the service near its top', async () => {
        const contact = page.getByRole('region', { name: 'Contact the service' });
        const call = contact.getByRole('link', { name: `Call ${FOOD_BANK} on 0161 496 0000` });
        expect(await call.getAttribute('href')).toBe('tel:01614960000');
        await contact.getByRole('link', { name: `Email ${FOOD_BANK} at help@eastside-food.example.org` }).waitFor();
        await checkAccessibility(page, 'service page with phone and email');
      });

      await step('searching nonsense for a person says nothing was found and offers to record the unmet need', async () => {
        const personId = await referThroughApi(
          page,
          { givenName: 'Iris', familyName: 'Pike', dateOfBirth: '1950-06-01', postcode: 'BW1 1AA' },
          ['loneliness'],
        );
        await page.goto(`/directory?personId=${personId}`);
        await page.waitForURL(/postcode=BW1\+1AA/);
        await page.getByLabel('Search words').fill('zzqvxk plumbus');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: 'No services found' }).waitFor();
        const record = page.getByRole('link', { name: 'Record an unmet need', exact: true });
        expect(await record.getAttribute('href')).toMatch(new RegExp(`^/people/${personId}/unmet-needs/new`));
        expect(await page.getByRole('region', { name: 'Map of the results' }).count()).toBe(0);
        await checkAccessibility(page, 'directory search with no results');
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
