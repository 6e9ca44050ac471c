import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

/** The SNOMED CT concept the GP enters once the person has taken up social prescribing. */
const REFERRAL_TO_SOCIAL_PRESCRIBING = '871731000000106';

/** The demo link worker, as supervisors see them in the allocation table. */
const DEMO_LINK_WORKER = 'Lina Link';

async function goByMenu(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await followMenuLink(page, link);
  await expectHeading(page, heading);
}

async function goToCaseSection(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections of this case' }).getByRole('link', { name: section }).click();
  await expectHeading(page, new RegExp(`${section}$`));
}

async function expectSuccess(page: Page, message: string): Promise<void> {
  await page.locator('.nhsuk-notification-banner--success').getByText(message, { exact: true }).waitFor();
}

describeJourney('journey: a referral from a GP practice to the message back', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'referrer refers, supervisor triages and allocates, link worker works the case and discharges, referrer reads the codes',
    async () => {
      const { page, step, problems } = running.journey;
      const password = running.kith.adminPassword;
      const familyName = `Journey${Date.now().toString(36)}`;
      const fullName = `Maya ${familyName}`;

      await step('the referrer signs in', async () => {
        await page.goto('/');
        await page.waitForURL('**/sign-in');
        await signIn(page, 'referrer@kith.example', password);
        await expectHeading(page, 'Home');
        await checkAccessibility(page, 'referrer home page');
      });

      await step('the referral form explains what is missing', async () => {
        await goByMenu(page, 'Make a referral', 'Make a referral');
        await page.getByLabel('First name').waitFor();
        expect(await page.getByLabel('Primary care network').inputValue(), 'the practice PCN is preselected').not.toBe('');
        await checkAccessibility(page, 'referral form');
        await page.getByRole('button', { name: 'Send referral' }).click();
        await page.locator('.nhsuk-error-summary').getByText('Choose at least one reason').waitFor();
        await page.locator('#consent-toReferral-error').waitFor();
        expect(await page.title()).toBe('Error: Make a referral – Kith');
        await checkAccessibility(page, 'referral form with errors');
      });

      await step('the referrer refers a new person', async () => {
        await page.getByLabel('First name').fill('Maya');
        await page.getByLabel('Last name').fill(familyName);
        await page.locator('#person-dateOfBirth').fill('7');
        await page.locator('#person-dateOfBirth-month').fill('3');
        await page.locator('#person-dateOfBirth-year').fill('1951');
        await page.getByLabel('NHS number (optional)').fill('943 476 5919');
        await page.getByLabel('Postcode').fill('ls1 4ap');
        await page.getByLabel('Phone number').fill('07700 900123');
        await page.getByLabel('Loneliness or social isolation').check();
        await page.getByLabel('Soon', { exact: true }).check();
        await page.getByLabel('Notes for the link worker (optional)').fill('Lost her husband last year and rarely goes out.');
        await page.getByLabel('The person agrees to be referred').check();
        // Unticked data sharing is not sent silently: a warning first, and the button says so.
        await page.getByRole('button', { name: 'Send referral' }).click();
        await page.getByText('The person has not agreed to share their information').waitFor();
        await page.getByRole('button', { name: 'Send referral without data sharing' }).waitFor();
        await checkAccessibility(page, 'referral form warning that data sharing is not agreed');
        await page.getByLabel('The person agrees to their information being shared with the link worker service').check();
        await page.getByRole('button', { name: 'Send referral', exact: true }).click();
        await expectHeading(page, 'Referral sent');
        await page.locator('.nhsuk-panel').getByText('Status: Received').waitFor();
        expect(await page.locator('.nhsuk-panel').innerText()).toMatch(/Reference: [0-9A-F]{8}/);
        await checkAccessibility(page, 'referral sent');
        await signOut(page);
      });

      await step('the supervisor finds it in the queue', async () => {
        await signIn(page, 'supervisor@kith.example', password);
        await expectHeading(page, 'Home');
        await checkAccessibility(page, 'supervisor home page');
        await goByMenu(page, 'Referral queue', 'Referral queue');
        const received = page.getByRole('table', { name: /^Received: waiting for triage/ });
        await received.getByRole('link', { name: fullName }).waitFor();
        await checkAccessibility(page, 'referral queue');
        await received.getByRole('link', { name: fullName }).click();
        await expectHeading(page, new RegExp(fullName));
        await page.getByRole('heading', { name: 'Triage' }).waitFor();
        await checkAccessibility(page, 'referral page before triage');
      });

      await step('the supervisor triages it as medium complexity', async () => {
        await page.getByLabel('Medium', { exact: true }).check();
        await page.getByLabel('Lives alone').check();
        await page.getByRole('button', { name: 'Save triage' }).click();
        await expectSuccess(page, 'Triage saved. The referral is ready to allocate.');
        await page.getByRole('heading', { name: 'Allocate to a link worker' }).waitFor();
        await checkAccessibility(page, 'referral page after triage');
      });

      await step('the supervisor allocates it to the demo link worker', async () => {
        await page.getByLabel(DEMO_LINK_WORKER).check();
        await page.getByRole('button', { name: 'Allocate', exact: true }).click();
        await expectSuccess(page, `Allocated to ${DEMO_LINK_WORKER}.`);
        await page.getByRole('table', { name: 'Status history' }).getByRole('cell', { name: 'Allocated', exact: true }).waitFor();
        await checkAccessibility(page, 'referral page after allocation');
        await signOut(page);
      });

      await step('the link worker opens the case from their caseload', async () => {
        await signIn(page, 'linkworker@kith.example', password);
        await expectHeading(page, 'Home');
        await goByMenu(page, 'Your caseload', 'Your caseload');
        await page.getByRole('table', { name: 'Your open cases' }).getByRole('link', { name: fullName }).waitFor();
        await checkAccessibility(page, 'caseload');
        await page.getByRole('link', { name: fullName }).click();
        await expectHeading(page, /Contacts$/);
        await checkAccessibility(page, 'case contacts');
      });

      await step('the link worker logs a failed phone attempt, then a conversation', async () => {
        await page.getByLabel('Phone call').check();
        await page.getByLabel('No', { exact: true }).check();
        await page.getByRole('button', { name: 'Log contact' }).click();
        await expectSuccess(page, 'Contact attempt logged');
        await page.getByText('1 of 3 contact attempts failed').waitFor();

        await page.getByLabel('Phone call').check();
        await page.getByLabel('Yes', { exact: true }).check();
        await page.getByLabel('How long did it take, in minutes? (optional)').fill('25');
        await page.getByLabel('Notes (optional)').fill('Talked about what matters to her: the allotment.');
        await page.getByRole('button', { name: 'Log contact' }).click();
        await expectSuccess(page, 'Contact logged');
        await page.locator('main .nhsuk-tag', { hasText: 'Contacted' }).first().waitFor();
        await checkAccessibility(page, 'case contacts after logging');
      });

      await step('the link worker records ONS4 and SWEMWBS at baseline', async () => {
        await goToCaseSection(page, 'Outcome measures');
        await page.getByLabel('ONS4 personal wellbeing').check();
        await page.getByLabel('Baseline', { exact: true }).check();
        for (const [index, answer] of ['4', '5', '3', '8'].entries()) await page.locator(`#items-${index}`).fill(answer);
        await checkAccessibility(page, 'ONS4 form');
        await page.getByRole('button', { name: 'Record measure' }).click();
        await expectSuccess(page, 'ONS4 baseline recorded');

        await page.getByLabel('SWEMWBS (short Warwick-Edinburgh mental wellbeing scale)').check();
        await page.getByLabel('Baseline', { exact: true }).check();
        // The third answer of each question: "Some of the time".
        for (let index = 0; index < 7; index++) await page.locator(`#items-${index}-3`).check();
        await page.getByRole('button', { name: 'Record measure' }).click();
        await expectSuccess(page, 'SWEMWBS baseline recorded');
        const recorded = page.getByRole('table', { name: 'Measures recorded' });
        await recorded.getByRole('rowheader', { name: 'SWEMWBS' }).waitFor();
        await recorded.getByRole('rowheader', { name: 'ONS4' }).waitFor();
        await checkAccessibility(page, 'outcome measures');
      });

      await step('the link worker writes the care plan', async () => {
        await goToCaseSection(page, 'Care plan');
        await page.getByLabel('What matters to me').fill('Getting back to my allotment and seeing people again.');
        await page.getByRole('button', { name: 'Add a goal' }).click();
        await page.getByLabel('Goal 1').fill('Go to the allotment every week');
        await page.getByRole('button', { name: 'Add an action' }).click();
        await page.getByLabel('What will happen').fill('Call the allotment society about a shared plot');
        await page.getByLabel('Who will do it').fill('Maya');
        await checkAccessibility(page, 'care plan editor');
        // Switching tab with unsaved edits asks first; staying keeps every edit.
        const asked = page.waitForEvent('dialog');
        const tab = page.getByRole('navigation', { name: 'Sections of this case' }).getByRole('link', { name: 'Contacts' });
        const clicked = tab.click();
        const dialog = await asked;
        expect(dialog.message()).toContain('not been saved');
        await dialog.dismiss();
        await clicked;
        await expectHeading(page, /Care plan$/);
        expect(await page.getByLabel('Goal 1').inputValue()).toBe('Go to the allotment every week');
        await page.getByRole('button', { name: 'Save care plan' }).click();
        await expectSuccess(page, 'Care plan saved');
        await checkAccessibility(page, 'care plan saved');
      });

      await step('the link worker discharges with goals met and sees the message back', async () => {
        await goToCaseSection(page, 'Discharge');
        await page.getByLabel('Goals met', { exact: true }).check();
        await page
          .getByLabel('Why are they being discharged?')
          .fill('She goes to the allotment weekly and no longer needs support.');
        await page.getByLabel('Summary for the referrer (optional)').fill('Maya now has a shared plot and sees friends there.');
        // Only baseline measures were taken: the form asks for the discharge ones.
        await page.getByText('Discharge measures not recorded').waitFor();
        await page.getByRole('link', { name: 'Record the discharge measures' }).waitFor();
        await checkAccessibility(page, 'discharge form');
        await page.getByRole('button', { name: 'Continue' }).click();
        // Discharge cannot be undone: it is confirmed first.
        await page.getByRole('heading', { name: `Discharge ${fullName}?` }).waitFor();
        await checkAccessibility(page, 'discharge confirmation');
        await page.getByRole('button', { name: 'Yes, discharge' }).click();
        await expectSuccess(page, `${fullName} has been discharged`);
        await page.getByRole('cell', { name: REFERRAL_TO_SOCIAL_PRESCRIBING }).waitFor();
        await checkAccessibility(page, 'discharged case with the message back');
        // The discharged case's care plan is the record now: read, not edited.
        await goToCaseSection(page, 'Care plan');
        await page.getByText('This case is closed, so its care plan can be read but no longer changed.').waitFor();
        await page.getByText('Go to the allotment every week').waitFor();
        expect(await page.getByRole('button', { name: 'Save care plan' }).count()).toBe(0);
        await checkAccessibility(page, 'read-only care plan of a discharged case');
        await signOut(page);
      });

      await step('the referrer reads the message back and the code for the GP record', async () => {
        await signIn(page, 'referrer@kith.example', password);
        await expectHeading(page, 'Home');
        await goByMenu(page, 'Your referrals', 'Your referrals');
        await checkAccessibility(page, 'your referrals');
        // The referrer's view of the referral: where it got to and the message back, never the
        // team's triage (complexity, risk flags such as "Lives alone").
        await page.getByRole('link', { name: fullName, exact: true }).click();
        await expectHeading(page, new RegExp(fullName));
        await page.getByRole('heading', { name: 'Message back' }).waitFor();
        expect(await page.getByText('Lives alone').count()).toBe(0);
        expect(await page.getByText('Risk flags').count()).toBe(0);
        expect(await page.getByText('Complexity').count()).toBe(0);
        await checkAccessibility(page, 'referral as its referrer sees it');
        await page.goBack();
        await page.getByRole('link', { name: `View message back for ${fullName}` }).click();
        await expectHeading(page, /Message back$/);
        const codes = page.getByRole('table', { name: 'SNOMED CT codes to enter' });
        await codes.getByRole('cell', { name: REFERRAL_TO_SOCIAL_PRESCRIBING }).waitFor();
        await page.getByText('Goals met', { exact: true }).waitFor();
        // A letter: to the practice, about the person, signed by the link worker; the code is
        // plain labelled text (not <code>), and it prints without the site's navigation.
        const letter = page.getByRole('article', { name: `Message back about ${fullName}` });
        await letter.getByText(/^To: /).waitFor();
        await letter.getByText('Dear colleague,').waitFor();
        await letter.getByText(/Yours sincerely/).waitFor();
        expect(await codes.locator('code').count()).toBe(0);
        await letter.getByRole('button', { name: 'Print this letter' }).waitFor();
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('header.nhsuk-header').isVisible()).toBe(false);
        expect(await letter.getByRole('button', { name: 'Print this letter' }).isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        expect(await page.title()).toBe(`Message back for ${fullName} – Kith`);
        await checkAccessibility(page, 'message back');
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
