import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';

const JOURNEY_TIMEOUT_MS = 120_000;

const organization = { id: crypto.randomUUID(), name: 'Leeds Community Network', description: 'Local groups' };
function service(name: string, status = 'active') {
  return { id: crypto.randomUUID(), name, status, description: `${name} for everyone`, organization };
}

/** A service at two places, one of them with a latitude no place has: that one is left out. */
function serviceWithABadLocation(name: string) {
  const location = (placeName: string, latitude: number) => ({
    id: crypto.randomUUID(),
    location: { id: crypto.randomUUID(), location_type: 'physical', name: placeName, latitude, longitude: -1.55 },
  });
  return { ...service(name), service_at_locations: [location('Village hall', 53.8), location('Nowhere', 123)] };
}

describeJourney('journey: an admin imports services from an Open Referral UK feed', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'checks a feed file, sees the record it cannot take and the location it leaves out, imports the rest, then re-reads them from Kith’s own feed',
    async () => {
      const { page, step } = running.journey;
      const walking = service('Headingley walking group');
      const choir = service('Armley community choir');
      const bad = service('Closed cafe', 'shut');
      const yoga = serviceWithABadLocation('Chair yoga');

      await step('sign in as the admin and open the import screen', async () => {
        await page.goto('/');
        await signIn(page, running.kith.adminEmail, running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await page.goto('/admin/directory/import');
        await expectHeading(page, 'Import services from Open Referral UK');
        await checkAccessibility(page, 'ORUK import screen');
      });

      await step('checking with no address names the missing field in the error summary', async () => {
        await page.getByRole('button', { name: 'Check the feed' }).click();
        await page.getByRole('alert').getByText('There is a problem').waitFor();
        await checkAccessibility(page, 'ORUK import with an error');
      });

      await step('a dry run of an NDJSON file counts the services and lists the bad record', async () => {
        await page.getByLabel('From a file').check();
        await page.getByLabel('Feed file').setInputFiles({
          name: 'services.ndjson',
          mimeType: 'application/x-ndjson',
          buffer: Buffer.from([walking, bad, choir, yoga].map((s) => JSON.stringify(s)).join('\n')),
        });
        await page.getByRole('button', { name: 'Check the feed' }).click();
        await page.getByRole('heading', { name: 'Check results' }).waitFor();
        const problems = page.getByRole('table', { name: 'Records Kith cannot take' });
        const row = problems.getByRole('row').filter({ hasText: bad.id });
        expect(await row.getByRole('cell').nth(0).textContent()).toBe('2');
        expect(await row.getByRole('cell').nth(2).textContent()).toBe('status');
        const leftOut = page.getByRole('table', { name: 'Parts of records left out' });
        const warning = leftOut.getByRole('row').filter({ hasText: yoga.id });
        expect(await warning.getByRole('cell').nth(0).textContent()).toBe('4');
        expect(await warning.getByRole('cell').nth(2).textContent()).toBe('service_at_locations.1.location.latitude');
        expect(await warning.getByRole('cell').nth(3).textContent()).toContain(yoga.service_at_locations[1]?.location.id);
        await page.getByRole('heading', { name: 'Important: 1 warning: parts left out' }).waitFor();
        expect((await page.request.get(`/openreferral/services/${walking.id}`)).status()).toBe(404);
        await checkAccessibility(page, 'ORUK import check results');
      });

      await step('importing saves the good services, the one with a bad location without it', async () => {
        await page.getByRole('button', { name: 'Import 3 services' }).click();
        await page
          .getByText(
            'Imported: 3 new services and 0 updated. 1 problem: those records were skipped. 1 warning: parts of records were left out.',
          )
          .waitFor();
        const withoutBad = await (await page.request.get(`/openreferral/services/${yoga.id}`)).json();
        expect(withoutBad.service_at_locations.map((s: { location_id: string }) => s.location_id)).toEqual([
          yoga.service_at_locations[0]?.location.id,
        ]);
        const published = await page.request.get(`/openreferral/services/${walking.id}`);
        expect(published.status()).toBe(200);
        expect(await published.json()).toMatchObject({ name: walking.name, organization_id: organization.id });
        await checkAccessibility(page, 'ORUK import done');
      });

      await step('checking Kith’s own feed address finds them all unchanged', async () => {
        await page.getByLabel('From a feed’s web address').check();
        await page.getByLabel('Feed web address').fill(`${running.kith.url}/openreferral?organization_id=${organization.id}`);
        await page.getByRole('button', { name: 'Check the feed' }).click();
        await page.getByRole('heading', { name: 'Check results' }).waitFor();
        const unchanged = page.locator('.nhsuk-summary-list__row').filter({ hasText: 'Unchanged' });
        expect(await unchanged.locator('dd').textContent()).toBe('3');
        expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
