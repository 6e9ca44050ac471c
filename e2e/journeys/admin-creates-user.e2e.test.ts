import type { Organisation } from '@kith/shared';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;

describeJourney('journey: an administrator creates a user who then signs in', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'signs in, creates a user, signs out, and the new user sees their name and role',
    async () => {
      const { page, context, step, problems } = running.journey;
      const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const newUser = {
        name: `Journey Tester ${unique}`,
        email: `journey-${unique}@kith.example`,
        password: `correct horse ${unique}`,
      };
      let organisation: Organisation | undefined;

      await step('a signed-out visitor is sent to sign in', async () => {
        await page.goto('/');
        await page.waitForURL('**/sign-in');
        await expectHeading(page, 'Sign in to Kith');
        expect(await page.title()).toBe('Sign in – Kith');
        await checkAccessibility(page, 'sign-in page');
      });

      await step('a wrong password is refused with a focused error summary', async () => {
        await signIn(page, running.kith.adminEmail, 'not-the-password');
        const summary = page.locator('.nhsuk-error-summary');
        await summary.getByText('Email or password is not right').waitFor();
        expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
        await checkAccessibility(page, 'sign-in page with an error');
      });

      await step('the administrator signs in', async () => {
        await signIn(page, running.kith.adminEmail, running.kith.adminPassword);
        await expectHeading(page, 'Home');
        await checkAccessibility(page, 'administrator home page');
      });

      await step('pick a demo organisation for the new user', async () => {
        const response = await context.request.get('/api/organisations');
        const { items } = (await response.json()) as { items: Organisation[] };
        organisation =
          items.find((candidate) => candidate.kind === 'pcn' && candidate.active) ?? items.find((candidate) => candidate.active);
        expect(organisation, 'the demo data has an active organisation').toBeDefined();
      });
      if (!organisation) return;
      const chosen = organisation;

      await step('go to Users', async () => {
        await followMenuLink(page, 'Users');
        await expectHeading(page, 'Users');
        expect(await page.title()).toBe('Users – Kith');
        await page.getByRole('table').waitFor();
        await checkAccessibility(page, 'users page');
      });

      await step('open Create user', async () => {
        await page.getByRole('link', { name: 'Create user' }).click();
        await expectHeading(page, 'Create user');
        await page.getByLabel('Full name').waitFor();
        await checkAccessibility(page, 'create user page');
      });

      await step('submitting nothing shows errors beside the fields', async () => {
        await page.getByRole('button', { name: 'Create user' }).click();
        await page.locator('.nhsuk-error-summary').waitFor();
        await page.locator('#displayName-error').waitFor();
        expect(await page.title()).toBe('Error: Create user – Kith');
        await checkAccessibility(page, 'create user page with errors');
      });

      await step('create the user', async () => {
        await page.getByLabel('Full name').fill(newUser.name);
        await page.getByLabel('Email address').fill(newUser.email);
        await page.getByLabel('Initial password').fill(newUser.password);
        await page.locator('#memberships-0-organisationId').selectOption(chosen.id);
        await page.locator('#memberships-0-role').selectOption('link_worker');
        await page.getByRole('button', { name: 'Create user' }).click();
        await expectHeading(page, new RegExp(newUser.name));
        await page.locator('.nhsuk-notification-banner--success').getByText(`${newUser.name} has been created`).waitFor();
        await checkAccessibility(page, 'new user detail page');
      });

      await step('sign out', async () => {
        await signOut(page);
        await expectHeading(page, 'Sign in to Kith');
        await page.getByText('You have signed out.').waitFor();
        await checkAccessibility(page, 'sign-in page after signing out');
      });

      await step('the new user signs in and sees their name and role', async () => {
        await signIn(page, newUser.email, newUser.password);
        await page.waitForURL((url) => url.pathname === '/');
        await expectHeading(page, 'Home');
        await page.locator('main').getByText(`Signed in as ${newUser.name}`).waitFor();
        const roleCard = page
          .locator('.nhsuk-card')
          .filter({ has: page.getByRole('heading', { name: 'Link worker', exact: true }) });
        await roleCard.waitFor();
        expect(await roleCard.textContent()).toContain(chosen.name);
        await page.locator('main').getByRole('link', { name: 'Your caseload', exact: true }).waitFor();
        // Not an administrator, so no admin pages in the menu.
        expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users' }).count()).toBe(0);
        await checkAccessibility(page, 'new user home page');
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
