import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const NEW_POST = 'Health and wellbeing link worker (journey)';

describeJourney('journey: a PCN manager plans link worker funding', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'opens the funding planner for the demo PCN, sees totals and warnings, downloads the CSV, adds a post and sees it in the plan; a supervisor sees posts read-only',
    async () => {
      const { page, step } = running.journey;

      await step('the funding planner shows the totals and the reference data warnings', async () => {
        await page.goto('/workforce/funding?year=2025%2F26');
        await page.waitForURL('**/sign-in');
        await signIn(page, 'pcnmanager@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Funding planner');
        await page.getByRole('heading', { name: 'Riverside Primary Care Network (demo), 2025/26' }).waitFor();
        await page.locator('.nhsuk-summary-list__key', { hasText: 'Claimable through ARRS' }).waitFor();
        const callout = page.locator('.nhsuk-warning-callout');
        await callout.getByText('Check the reference data behind these figures').waitFor();
        await callout
          .getByText(/the 2023\/24 figure \(not verified\) is carried forward/)
          .first()
          .waitFor();
        await page
          .getByRole('table', { name: 'Cost and claim per post, 2025/26' })
          .getByText('Social prescribing link worker')
          .first()
          .waitFor();
        await page.getByRole('heading', { name: 'Local pay comparison' }).waitFor();
        await checkAccessibility(page, 'funding planner');
      });

      await step('the CSV download starts with the header row', async () => {
        const href = await page.getByRole('link', { name: 'Download CSV: cost and claim per post' }).getAttribute('href');
        expect(href).toContain('/api/workforce/funding-plan.csv');
        const body = await page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
        expect(body.startsWith('Post,Role,Holder,Employer,Employment model,Funding source,WTE,Pay,Months in post,Salary')).toBe(
          true,
        );
      });

      await step('the manager adds a post', async () => {
        await page.getByRole('link', { name: 'Posts in this PCN' }).click();
        await expectHeading(page, 'Link worker posts');
        await checkAccessibility(page, 'posts');
        await page.getByRole('link', { name: 'Add a post' }).click();
        await expectHeading(page, /Add a post/);
        await page.getByRole('button', { name: 'Add the post' }).click();
        await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter a post title' }).waitFor();
        await checkAccessibility(page, 'add a post with errors');
        await page.getByLabel('Post title').fill(NEW_POST);
        await page.getByLabel('Employer').selectOption({ label: 'Willow Lane Surgery (demo)' });
        await page.getByLabel('Band', { exact: true }).selectOption('5');
        await page.locator('#startDate').fill('1');
        await page.locator('#startDate-month').fill('7');
        await page.locator('#startDate-year').fill('2025');
        await page.getByRole('button', { name: 'Add the post' }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText(`${NEW_POST} added`).waitFor();
      });

      await step('the new post is in the plan', async () => {
        await page.getByRole('link', { name: 'funding planner', exact: true }).click();
        await expectHeading(page, 'Funding planner');
        await page
          .getByRole('table', { name: /Cost and claim per post/ })
          .getByText(NEW_POST)
          .waitFor();
        await signOut(page);
      });

      await step('a supervisor sees the posts read-only: no "Add a post", a summary instead of the form', async () => {
        await page.waitForURL('**/sign-in');
        await signIn(page, 'supervisor@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await page.goto('/workforce/posts');
        await expectHeading(page, 'Link worker posts');
        await page.getByRole('link', { name: 'Senior social prescribing link worker' }).click();
        await expectHeading(page, 'Senior social prescribing link worker');
        await page.getByText('Only PCN managers can add or change posts.').waitFor();
        await page.locator('.nhsuk-summary-list__value', { hasText: 'Band 6, pay point 1 at the start date' }).waitFor();
        expect(await page.getByRole('button', { name: 'Save the post' }).count()).toBe(0);
        await checkAccessibility(page, 'post read-only');
        await page.getByRole('link', { name: 'Back to posts' }).click();
        await expectHeading(page, 'Link worker posts');
        expect(await page.getByRole('link', { name: 'Add a post' }).count()).toBe(0);
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
