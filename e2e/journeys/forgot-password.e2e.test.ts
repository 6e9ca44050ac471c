import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 120_000;

/** A demo user who has forgotten their password. */
const FORGETFUL = { email: 'referrer@kith.example', newPassword: 'a new password from the journey' };

describeJourney('journey: someone who forgot their password resets it from an emailed link', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'asks for a link, the email waits in the outbox, the link sets a new password once, and the new password signs in',
    async () => {
      const { page, step } = running.journey;
      const { adminEmail, adminPassword } = running.kith;
      let resetPath = '';

      await step('the sign-in page offers "Forgot your password?"', async () => {
        await page.goto('/sign-in');
        await expectHeading(page, 'Sign in to Kith');
        await page.getByRole('link', { name: 'Forgot your password?' }).click();
        await expectHeading(page, 'Reset your password');
        expect(await page.title()).toBe('Reset your password – Kith');
        await checkAccessibility(page, 'forgot password page');
      });

      await step('an empty address is refused with a focused error summary', async () => {
        await page.getByRole('button', { name: 'Send me a link' }).click();
        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
        await page.locator('#email-error').waitFor();
        expect(await page.title()).toBe('Error: Reset your password – Kith');
        await checkAccessibility(page, 'forgot password page with an error');
      });

      await step('asking for a link says to check the email, without saying whether the account exists', async () => {
        await page.getByLabel('Email address').fill(FORGETFUL.email);
        await page.getByRole('button', { name: 'Send me a link' }).click();
        await expectHeading(page, 'Check your email');
        await page.getByText('If there is a Kith account for this email address').waitFor();
        await checkAccessibility(page, 'check your email');
      });

      await step('the admin reads the reset email in the outbox', async () => {
        await page.goto('/sign-in');
        await signIn(page, adminEmail, adminPassword);
        await expectHeading(page, 'Home');
        await page.goto('/admin/outbox');
        await expectHeading(page, 'Email outbox');
        const email = page
          .getByRole('listitem')
          .filter({ hasText: `To ${FORGETFUL.email}` })
          .first();
        await email.getByRole('heading', { name: 'Reset your Kith password' }).waitFor();
        await email.getByText('Read the email').click();
        const href = (await email.getByRole('link', { name: /\/reset-password\?token=/ }).getAttribute('href')) ?? '';
        const url = new URL(href);
        resetPath = `${url.pathname}${url.search}`;
        expect(resetPath).toMatch(/^\/reset-password\?token=[\w-]+$/);
        await signOut(page);
        await page.waitForURL('**/sign-in');
      });

      await step('the link asks for the new password twice and names a mismatch', async () => {
        await page.goto(resetPath);
        await expectHeading(page, 'Choose a new password');
        await checkAccessibility(page, 'choose a new password');
        await page.getByLabel('New password', { exact: true }).fill(FORGETFUL.newPassword);
        await page.getByLabel('Confirm your new password').fill(`${FORGETFUL.newPassword} typo`);
        await page.getByRole('button', { name: 'Save new password' }).click();
        await page.locator('.nhsuk-error-summary').waitFor();
        await page.locator('#confirmPassword-error').waitFor();
        await checkAccessibility(page, 'choose a new password with an error');
      });

      await step('saving the new password signs out to the sign-in page with a success message', async () => {
        await page.getByLabel('Confirm your new password').fill(FORGETFUL.newPassword);
        await page.getByRole('button', { name: 'Save new password' }).click();
        await page.waitForURL('**/sign-in');
        await page.getByText('Your password has been changed').waitFor();
        await checkAccessibility(page, 'sign-in page after a password reset');
      });

      await step('the new password signs in', async () => {
        await signIn(page, FORGETFUL.email, FORGETFUL.newPassword);
        await expectHeading(page, 'Home');
        await signOut(page);
        await page.waitForURL('**/sign-in');
      });

      await step('the link works only once, and says how to ask again', async () => {
        await page.goto(resetPath);
        await expectHeading(page, 'Choose a new password');
        await page.getByLabel('New password', { exact: true }).fill('yet another new password');
        await page.getByLabel('Confirm your new password').fill('yet another new password');
        await page.getByRole('button', { name: 'Save new password' }).click();
        await page.getByText('This link cannot be used').waitFor();
        await page.getByRole('link', { name: 'Ask for a new link to reset your password' }).waitFor();
        await checkAccessibility(page, 'a used reset link');
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
