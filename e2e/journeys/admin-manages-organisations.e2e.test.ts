import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;

describeJourney('journey: an administrator adds an organisation and checks the audit trail', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'creates and deactivates a VCSE organisation, finds it in the audit trail, and non-admins are kept out',
    async () => {
      const { page, step, problems } = running.journey;
      const name = `Journey Allotment Club ${Date.now().toString(36)}`;

      await step('a deep link survives signing in', async () => {
        await page.goto('/admin/organisations');
        await page.waitForURL('**/sign-in');
        await signIn(page, running.kith.adminEmail, running.kith.adminPassword);
        await page.waitForURL('**/admin/organisations');
        await expectHeading(page, 'Organisations');
        await page
          .getByRole('table', { name: 'NHS organisations' })
          .getByRole('link', { name: 'Riverside Primary Care Network (demo)' })
          .waitFor();
        expect(await page.title()).toBe('Organisations – Kith');
        await checkAccessibility(page, 'organisations page');
      });

      await step('the create form asks for a kind first', async () => {
        await page.getByRole('link', { name: 'Create organisation' }).click();
        await expectHeading(page, 'Create organisation');
        await page.getByRole('button', { name: 'Create organisation' }).click();
        await page.locator('#kind-error').getByText('Choose a kind of organisation').waitFor();
        await page.locator('#name-error').waitFor();
        await checkAccessibility(page, 'create organisation page with errors');
      });

      await step('create a VCSE organisation serving the demo PCN', async () => {
        await page.getByLabel('Voluntary or community organisation').check();
        await page.getByLabel('Name', { exact: true }).fill(name);
        await page
          .getByLabel('Part of', { exact: true })
          .selectOption({ label: 'NHS Brightwater Integrated Care Board (demo) (Y9A01)' });
        await page.getByLabel('Riverside Primary Care Network (demo)').check();
        await checkAccessibility(page, 'create organisation page filled in');
        await page.getByRole('button', { name: 'Create organisation' }).click();
        await expectHeading(page, new RegExp(name));
        await page.locator('.nhsuk-notification-banner--success').getByText(`${name} has been created`).waitFor();
        await checkAccessibility(page, 'organisation detail page');
      });

      await step('deactivate it', async () => {
        await page.getByRole('button', { name: 'Deactivate organisation' }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText(`${name} has been deactivated`).waitFor();
        await page.getByRole('button', { name: 'Reactivate organisation' }).waitFor();
      });

      await step('the audit trail shows the creation and explains bad filters', async () => {
        await followMenuLink(page, 'Audit trail');
        await expectHeading(page, 'Audit trail');
        await page.getByRole('region', { name: 'Audit events' }).waitFor();
        await checkAccessibility(page, 'audit trail');

        await page.getByLabel('Action').selectOption('create');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL('**/admin/audit?action=create');
        await page.getByRole('region', { name: 'Audit events' }).getByText('organisation', { exact: true }).first().waitFor();

        await page.getByLabel('User ID of who did it').fill('not-a-user-id');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.locator('#actorUserId-error').waitFor();
        expect(await page.title()).toBe('Error: Audit trail – Kith');
        await checkAccessibility(page, 'audit trail with a bad filter');

        await page.goto('/admin/audit?recordId=nothing-has-this-id');
        await page.getByText('No audit events match these filters.').waitFor();
        await checkAccessibility(page, 'audit trail with no results');
      });

      await step('an admin adds a referral reason, and a bad code is named', async () => {
        await page.goto('/admin/referral-reasons');
        await expectHeading(page, 'Referral reasons');
        await page
          .getByRole('table', { name: 'Reasons offered on every referral form' })
          .getByText('Bereavement', { exact: true })
          .waitFor();
        await checkAccessibility(page, 'referral reasons');
        await page.getByLabel('Reason', { exact: true }).fill('Hoarding');
        await page.getByLabel('Code', { exact: true }).fill('Hoarding!');
        await page.getByRole('button', { name: 'Add reason' }).click();
        await page.locator('#code-error').waitFor();
        await checkAccessibility(page, 'referral reasons with an error');
        await page.getByLabel('Code', { exact: true }).fill('hoarding');
        await page.getByRole('button', { name: 'Add reason' }).click();
        await page.getByText('Hoarding has been added').waitFor();
        await page
          .getByRole('table', { name: 'Reasons offered on every referral form' })
          .getByText('hoarding', { exact: true })
          .waitFor();
      });

      await step('an admin names the PCN safeguarding lead', async () => {
        await page.goto('/admin/organisations');
        await page.getByRole('link', { name: 'Riverside Primary Care Network (demo)' }).click();
        await page.getByRole('heading', { name: 'Safeguarding leads' }).waitFor();
        await checkAccessibility(page, 'PCN page with safeguarding leads');
        await page.getByLabel('Sam Supervisor (supervisor@kith.example)').check();
        await page.getByRole('button', { name: 'Save safeguarding leads' }).click();
        await page.getByText('Safeguarding leads saved: Sam Supervisor').waitFor();
      });

      await step('an unknown address shows the 404 page', async () => {
        await page.goto('/no-such-page');
        await expectHeading(page, 'Page not found');
        await checkAccessibility(page, 'page not found');
      });

      await step('a link worker cannot open the admin pages', async () => {
        await page.goto('/');
        await expectHeading(page, 'Home');
        await signOut(page);
        await expectHeading(page, 'Sign in to Kith');
        await signIn(page, 'linkworker@kith.example', running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await checkAccessibility(page, 'link worker home page');
        await page.goto('/admin/users');
        await expectHeading(page, 'You do not have access to this page');
        await checkAccessibility(page, 'forbidden page');
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
