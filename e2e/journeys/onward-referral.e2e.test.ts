import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { referThroughApi } from '../support/journey-referrals.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

/** The demo directory's walking group: need "Physical activity", referral through Kith, near BW1 1AA. */
const SERVICE = 'Riverside Walking Group (demo)';
/** The demo VCSE organisation, which runs the service's directory organisation. */
const PROVIDER = 'Brightwater Community Connectors (demo)';

const PERSON = {
  givenName: 'Nell',
  familyName: `Onward${Date.now().toString(36)}`,
  nhsNumber: '9434765919',
  dateOfBirth: '1951-03-07',
  postcode: 'BW1 2AB',
  phone: '07700 900456',
};
const FULL_NAME = `${PERSON.givenName} ${PERSON.familyName}`;

/** The seeded need term "Physical activity" (migration 0007). */
const PHYSICAL_ACTIVITY_TERM = '5e3d0000-0000-4000-8000-000000000010';

/** A heading that ends with `text` (after its caption), matched literally. */
function endsWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function expectSuccess(page: Page, message: string): Promise<void> {
  await page.locator('.nhsuk-notification-banner--success').getByText(message, { exact: true }).waitFor();
}

/** A demo service's id, found by name with the signed-in user's session. */
async function serviceIdOf(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (wanted) => {
    const page = await (await fetch(`/api/directory/services?q=${encodeURIComponent(wanted)}&pageSize=50`)).json();
    return page.items.find((service: { name: string }) => service.name === wanted)?.id ?? '';
  }, name);
  expect(id, `the demo service ${name}`).not.toBe('');
  return id;
}

/** Sends an onward referral through the form with the default details (name and phone). */
async function sendReferral(page: Page, personId: string, serviceId: string, who: string): Promise<void> {
  await page.goto(`/people/${personId}/onward-referrals/new?serviceId=${serviceId}`);
  await page.getByLabel(`${who} agrees to this referral and to sharing the details ticked above`).check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await page
    .locator('.nhsuk-notification-banner--success')
    .getByText(/^Referral sent to /)
    .waitFor();
}

/** The provider presses one of the move buttons and waits for the page to say the new status. */
async function move(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expectSuccess(page, `The referral is now: ${status}.`);
  await page.locator('.nhsuk-summary-list').getByText(status, { exact: true }).first().waitFor();
}

describeJourney('journey: a closed-loop onward referral to a community service', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'link worker finds a service near the person and refers with chosen details; the provider accepts, starts and completes; the link worker sees it',
    async () => {
      const { page, step } = running.journey;
      const password = running.kith.adminPassword;
      let personId = '';

      await step('the link worker opens the person record', async () => {
        await page.goto('/');
        await page.waitForURL('**/sign-in');
        await signIn(page, 'linkworker@kith.example', password);
        await expectHeading(page, 'Home');
        personId = await referThroughApi(page, PERSON, ['physical_inactivity']);
        await page.goto(`/people/${personId}`);
        await expectHeading(page, endsWith(FULL_NAME));
        await page.getByRole('heading', { name: 'Onward referrals' }).waitFor();
        await page.getByText('They have not been referred to any community services yet.').waitFor();
        await checkAccessibility(page, 'person page');
      });

      await step('the search starts from their postcode and their need', async () => {
        await page.locator('main').getByRole('link', { name: 'Find a service' }).click();
        await expectHeading(page, 'Find a service');
        await page.getByText('Searching for Physical activity near BW1 2AB').waitFor();
        expect(await page.getByLabel('Near postcode').inputValue()).toBe('BW1 2AB');
        const needs = page.getByRole('group', { name: 'What does the person need help with?' });
        expect(await needs.getByLabel('Physical activity', { exact: true }).isChecked()).toBe(true);
        await page.getByRole('link', { name: SERVICE, exact: true }).waitFor();
        await checkAccessibility(page, 'directory search from the person');
      });

      await step('refers them, sharing only their name and phone number', async () => {
        await page.getByRole('link', { name: `Refer to ${SERVICE}` }).click();
        await expectHeading(page, endsWith(SERVICE));
        const share = page.getByRole('group', { name: `What to share with ${PROVIDER}` });
        await share.getByLabel('Name', { exact: true }).waitFor();
        // Only the name and phone number start ticked; the link worker keeps it that way.
        const checked = await share
          .locator('input:checked')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
        expect(checked).toEqual(['name', 'phone']);
        await checkAccessibility(page, 'onward referral form');

        await page.getByRole('button', { name: 'Send referral' }).click();
        const consentMessage = 'Confirm the person agrees to this referral and to sharing these details';
        await page.locator('.nhsuk-error-summary').getByRole('link', { name: consentMessage }).waitFor();
        await page.locator('#consentGiven-error').waitFor();
        await checkAccessibility(page, 'onward referral form with errors');

        await page.getByLabel('Note to').fill('Keen to start walking again after a hip operation. Mornings are best.');
        await page.getByLabel(`${FULL_NAME} agrees to this referral and to sharing the details ticked above`).check();
        await page.getByRole('button', { name: 'Send referral' }).click();
        await expectSuccess(page, `Referral sent to ${SERVICE}`);
        await expectHeading(page, endsWith(SERVICE));
        await page.getByText('Sent, awaiting reply').first().waitFor();
        await checkAccessibility(page, 'onward referral sent');
        await signOut(page);
      });

      await step('the provider finds it in their inbox', async () => {
        await signIn(page, 'vcse@kith.example', password);
        await expectHeading(page, 'Home');
        await followMenuLink(page, 'Referrals to your services');
        await expectHeading(page, 'Referrals to your services');
        await checkAccessibility(page, 'provider inbox');
        await page.getByRole('link', { name: SERVICE }).first().click();
        await expectHeading(page, endsWith(SERVICE));
      });

      await step('sees the name and phone number, and nothing that was not shared', async () => {
        const details = page.locator('main');
        await details.getByText(FULL_NAME, { exact: true }).waitFor();
        await details.getByText(PERSON.phone, { exact: true }).waitFor();
        await details.getByText('Mornings are best', { exact: false }).first().waitFor();
        const text = await details.innerText();
        for (const unshared of ['NHS number', '943 476 5919', PERSON.nhsNumber, 'Date of birth', '7 March 1951', 'BW1 2AB']) {
          expect(text, `the provider must not see "${unshared}"`).not.toContain(unshared);
        }
        await checkAccessibility(page, 'provider referral page');
      });

      await step('a decline needs a reason', async () => {
        await page.getByRole('button', { name: 'Not accepted', exact: true }).click();
        await page.getByLabel('Why can the referral not be accepted?').waitFor();
        await page.getByRole('button', { name: 'Confirm: not accepted' }).click();
        await page.locator('#reason-error').getByText('Enter a reason').waitFor();
        await checkAccessibility(page, 'provider reason required');
        await page.getByRole('button', { name: 'Choose again' }).click();
      });

      await step('the provider accepts, starts and completes it', async () => {
        await move(page, 'Accept', 'Accepted');
        await move(page, 'Start', 'Started');
        await move(page, 'Complete', 'Completed');
        expect(await page.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);
        await checkAccessibility(page, 'provider referral completed');
        await signOut(page);
      });

      await step('the link worker sees it completed, with its history', async () => {
        await signIn(page, 'linkworker@kith.example', password);
        await expectHeading(page, 'Home');
        await page.goto(`/people/${personId}`);
        await expectHeading(page, endsWith(FULL_NAME));
        const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: SERVICE }) });
        await row.getByText('Completed', { exact: true }).waitFor();
        await page.getByText(`Onward referral to ${SERVICE}: Completed`).first().waitFor();
        await checkAccessibility(page, 'person page after completion');

        await row.getByRole('link', { name: SERVICE }).click();
        await expectHeading(page, endsWith(SERVICE));
        const history = page.getByRole('table', { name: 'History' });
        for (const status of ['Sent, awaiting reply', 'Accepted', 'Started', 'Completed']) {
          await history.getByRole('cell', { name: status, exact: true }).first().waitFor();
        }
        const firstRow = history.getByRole('row').nth(1);
        expect(await firstRow.innerText(), 'the newest change comes first').toContain('Completed');
        expect(await page.getByRole('heading', { name: 'Cancel this referral' }).count()).toBe(0);
        await checkAccessibility(page, 'onward referral completed');
      });
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'a link worker records an unmet need and cancels a referral with a reason; the provider updates progress; a PCN manager reads the unmet needs',
    async () => {
      const { page, step, context } = running.journey;
      const password = running.kith.adminPassword;
      const other = { ...PERSON, givenName: 'Olive', familyName: `Unmet${Date.now().toString(36)}`, nhsNumber: '9434765838' };
      const otherName = `${other.givenName} ${other.familyName}`;
      let personId = '';

      await step('the link worker records an unmet need from the person record', async () => {
        await context.clearCookies();
        await page.goto('/sign-in');
        await signIn(page, 'linkworker@kith.example', password);
        await expectHeading(page, 'Home');
        personId = await referThroughApi(page, other, ['physical_inactivity']);
        await page.goto(`/people/${personId}`);
        await expectHeading(page, endsWith(otherName));
        await page.locator('main').getByRole('link', { name: 'Record an unmet need' }).click();
        await expectHeading(page, endsWith('Record an unmet need'));
        expect(await page.getByLabel('Area').inputValue(), 'the area starts as the postcode district').toBe('BW1');
        await page.getByRole('button', { name: 'Record the unmet need' }).click();
        const summary = page.locator('.nhsuk-error-summary');
        await summary.getByRole('link', { name: 'Choose the need' }).waitFor();
        await summary.getByRole('link', { name: 'Choose why the need could not be met' }).waitFor();
        await checkAccessibility(page, 'unmet need form with errors');
        await page.getByLabel('What is the need?').selectOption(PHYSICAL_ACTIVITY_TERM);
        await page.getByLabel('Too far away').check();
        await page.getByLabel('Anything else (optional)').fill('The nearest walking group is two buses away.');
        await page.getByRole('button', { name: 'Record the unmet need' }).click();
        await expectSuccess(page, 'Unmet need recorded: Physical activity');
        await expectHeading(page, endsWith(otherName));
        await page.getByText('Unmet need: Physical activity (too far away)').waitFor();
        await checkAccessibility(page, 'person page after recording an unmet need');
      });

      await step('cancelling a referral needs a reason', async () => {
        await sendReferral(page, personId, await serviceIdOf(page, SERVICE), otherName);
        await sendReferral(page, personId, await serviceIdOf(page, "Harbour Men's Shed (demo)"), otherName);
        await page.getByRole('button', { name: 'Cancel this referral' }).click();
        await page.getByRole('button', { name: 'Cancel this referral' }).click();
        await page.locator('#reason-error').getByText('Enter a reason').waitFor();
        await checkAccessibility(page, 'cancel with errors');
        await page.getByLabel('Why is it being cancelled?').fill('They would rather try the walking group first.');
        await page.getByRole('button', { name: 'Cancel this referral' }).click();
        await expectSuccess(page, 'The referral is now: Cancelled.');
        await page.getByRole('table', { name: 'History' }).getByText('They would rather try the walking group first.').waitFor();
        await signOut(page);
      });

      await step('the provider puts the open referral on the waiting list', async () => {
        await signIn(page, 'vcse@kith.example', password);
        await expectHeading(page, 'Home');
        await page.goto('/provider/referrals');
        await expectHeading(page, 'Referrals to your services');
        expect(await page.getByRole('link', { name: "Harbour Men's Shed (demo)" }).count(), 'a cancelled one is not open').toBe(
          0,
        );
        await page.getByLabel('Show').selectOption('all');
        await page.getByRole('button', { name: 'Show referrals' }).click();
        await page.waitForURL(/\/provider\/referrals\?view=all$/);
        const cancelled = page.getByRole('row').filter({ has: page.getByRole('link', { name: "Harbour Men's Shed (demo)" }) });
        await cancelled.getByText('Cancelled', { exact: true }).waitFor();
        await checkAccessibility(page, 'provider inbox, all referrals');
        const requested = page.getByRole('row').filter({ hasText: 'Sent, awaiting reply' });
        await requested.getByRole('link', { name: SERVICE }).click();
        await expectHeading(page, endsWith(SERVICE));
        await page.getByLabel('Where has the referral got to?').selectOption('on_waiting_list');
        await page.getByRole('button', { name: 'Update' }).click();
        await expectSuccess(page, 'Progress updated: On waiting list.');
        await signOut(page);
      });

      await step('a PCN manager reads the unmet needs', async () => {
        await signIn(page, 'pcnmanager@kith.example', password);
        await expectHeading(page, 'Home');
        await page.locator('main').getByRole('link', { name: 'Unmet needs' }).click();
        await expectHeading(page, 'Unmet needs');
        const row = page.getByRole('row').filter({ hasText: 'The nearest walking group is two buses away.' });
        await row.getByText('Physical activity', { exact: true }).waitFor();
        await row.getByText('BW1', { exact: true }).waitFor();
        await row.getByRole('cell', { name: /^Too far away/ }).waitFor();
        await checkAccessibility(page, 'unmet needs list');
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
