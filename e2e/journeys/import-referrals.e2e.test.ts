import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const HEADER = 'given_name,family_name,date_of_birth,nhs_number,postcode,reasons,consent_to_referral,consent_to_data_sharing';
const csvFile = (rows: string[]) => ({
  name: 'referrals.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

describeJourney('journey: a supervisor imports referrals from a CSV file', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'checks a file, sees each problem by row and column, fixes it and imports it',
    async () => {
      const { page, step } = running.journey;
      await step('sign in as the supervisor and open the import page from home', async () => {
        await page.goto('/');
        await signIn(page, 'supervisor@kith.example', running.kith.adminPassword);
        await page.getByRole('link', { name: 'Import referrals' }).first().click();
        await expectHeading(page, 'Import referrals');
        await checkAccessibility(page, 'import page');
      });

      await step('a file with a bad row is refused with the row and column named', async () => {
        await page
          .getByLabel('CSV file')
          .setInputFiles(
            csvFile([
              'Ann,Archer,1948-05-01,,LS1 4AP,loneliness,yes,yes',
              'Bob,Baker,1960-13-01,9434765918,LS1 4AP,housing,yes,no',
            ]),
          );
        await page.getByRole('button', { name: 'Check the file' }).click();
        const problems = page.getByRole('table', { name: 'Problems to fix' });
        await problems.waitFor();
        expect(await problems.getByRole('row').filter({ hasText: 'date_of_birth' }).getByRole('cell').first().textContent()).toBe(
          '3',
        );
        await page.getByText('Nothing has been imported').waitFor();
        expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
        await checkAccessibility(page, 'import page with problems');
      });

      await step('the corrected file is checked, then imported', async () => {
        await page
          .getByLabel('CSV file')
          .setInputFiles(
            csvFile(['Ann,Archer,1948-05-01,,LS1 4AP,loneliness,yes,yes', 'Bob,Baker,1960-12-01,,LS1 4AP,housing,yes,no']),
          );
        await page.getByRole('button', { name: 'Check the file' }).click();
        await page.getByText('2 rows checked: 2 ready to import, 0 problems.').waitFor();
        await page.getByRole('button', { name: 'Import 2 referrals' }).click();
        await page.getByText('Imported 2 referrals.').waitFor();
        await checkAccessibility(page, 'import done');
      });

      await step('they are in the referral queue', async () => {
        await page.goto('/referrals/queue');
        await page.getByText('Archer').first().waitFor();
        await page.getByText('Baker').first().waitFor();
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
