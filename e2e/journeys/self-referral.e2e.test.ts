import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const HEADING = 'Refer yourself to social prescribing';

describeJourney('journey: a member of the public refers themselves without signing in', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'finds the form from the sign-in page, corrects a mistake, sends it and is given a reference',
    async () => {
      const { page, step, problems } = running.journey;
      // The server refuses answers sent within 3 s of the form showing (the page's clock against the
      // server's). The page's clock starts 10 s behind, as if the person had taken their time, so
      // the journey need not wait; a fast, quiet machine used to beat the 3 s and fail.
      await page.clock.install({ time: Date.now() - 10_000 });

      await step('the sign-in page offers a way to refer yourself', async () => {
        await page.goto('/sign-in');
        await expectHeading(page, 'Sign in to Kith');
        await checkAccessibility(page, 'sign-in page with the self-referral link');
        await page.getByRole('link', { name: 'Refer yourself' }).click();
        await expectHeading(page, HEADING);
        expect(new URL(page.url()).pathname).toBe('/self-referral');
        await page.getByLabel('Your GP practice').waitFor();
        expect(await page.title()).toBe(`${HEADING} – Kith`);
        await checkAccessibility(page, 'self-referral form');
      });

      await step('the honeypot is out of sight and out of the tab order', async () => {
        const honeypot = page.getByLabel('Leave this empty');
        expect(await honeypot.getAttribute('tabindex')).toBe('-1');
        expect(await honeypot.getAttribute('autocomplete')).toBe('off');
        const box = await honeypot.boundingBox();
        expect(box === null || box.x + box.width < 0).toBe(true);
      });

      await step('sending it empty lists every problem in a focused error summary', async () => {
        await page.getByRole('button', { name: 'Send referral' }).click();
        const summary = page.locator('.nhsuk-error-summary');
        await summary.getByText('Choose your GP practice', { exact: true }).waitFor();
        await summary.getByText('Enter a phone number or an email address so we can contact you').waitFor();
        expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await page.title()).toBe(`Error: ${HEADING} – Kith`);
        await checkAccessibility(page, 'self-referral form with errors');
      });

      await step('fill in the form', async () => {
        await page.getByLabel('Your GP practice').selectOption({ index: 1 });
        await page.getByLabel('First name').fill('Ffion');
        await page.getByLabel('Last name').fill('Pryce');
        await page.getByLabel('Day').fill('14');
        await page.getByLabel('Month').fill('7');
        await page.getByLabel('Year').fill('1961');
        await page.getByLabel('Postcode').fill('CF10 1EP');
        await page.getByLabel(/^Phone number/).fill('07700 900123');
        await page.getByLabel('Loneliness or social isolation').check();
        await page.getByLabel('Tell us a bit more (optional)').fill('I would like to meet people nearby.');
        await page.getByLabel(/I agree to be referred/).check();
        await page.getByLabel('Yes', { exact: true }).check();
      });

      await step('send it and see the reference, without any personal details echoed', async () => {
        await page.getByRole('button', { name: 'Send referral' }).click();
        await expectHeading(page, 'Referral sent');
        const reference = await page.locator('.nhsuk-panel__body strong').textContent();
        expect(reference).toMatch(/^[0-9A-F]{8}$/);
        expect(await page.locator('main').textContent()).not.toContain('Pryce');
        expect(await page.title()).toBe('Referral sent – Kith');
        await checkAccessibility(page, 'self-referral confirmation');
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
