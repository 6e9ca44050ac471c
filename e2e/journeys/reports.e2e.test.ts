import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 300_000;

const DEMO_PCN = 'Riverside Primary Care Network (demo)';
const DEMO_PRACTICE = 'Willow Lane Surgery (demo)';
const HEALTHCARE_TABLE = 'Impact on the health and care system: GP consultations and A&E attendances';

/**
 * Refers a made-up person registered with the demo practice, with the signed-in browser's own
 * session, and returns the referral's id (the journey then records healthcare use on it, so the
 * outcomes report has figures for that practice whatever else the demo data holds).
 */
async function referToDemoPractice(page: Page, familyName: string): Promise<string> {
  const result = await page.evaluate(
    async ({ familyName, pcnName, practiceName }) => {
      const me = await (await fetch('/api/me')).json();
      const pcns = await (await fetch('/api/organisations?kind=pcn')).json();
      const practices = await (await fetch('/api/organisations?kind=gp_practice')).json();
      const pcn = pcns.items.find((o: { name: string }) => o.name === pcnName);
      const practice = practices.items.find((o: { name: string }) => o.name === practiceName);
      const response = await fetch('/api/referrals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          organisationId: pcn.id,
          person: {
            givenName: 'Iris',
            familyName,
            dateOfBirth: '1948-05-17',
            postcode: 'LS1 4AP',
            registeredPracticeId: practice.id,
          },
          reasons: ['loneliness'],
          consent: { toReferral: true, toDataSharing: true },
        }),
      });
      return { status: response.status, body: await response.json() };
    },
    { familyName, pcnName: DEMO_PCN, practiceName: DEMO_PRACTICE },
  );
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.id;
}

/** Every count a page shows, in tables and key figures: none may be 1 to 4 for a commissioner. */
async function shownCounts(page: Page): Promise<string[]> {
  return page.locator('[data-kind="count"]').evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
}

describeJourney('journey: impact reports, the evidence pack and healthcare use', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'a supervisor records healthcare use; a PCN manager filters the outcomes report, downloads a CSV, changes ROI assumptions and opens the evidence pack; a commissioner sees suppressed figures only; an admin saves the settings',
    async () => {
      const { page, step, problems } = running.journey;
      const password = running.kith.adminPassword;
      const familyName = `Reports${Date.now().toString(36)}`;
      let referralId = '';

      await step('the supervisor opens healthcare use on a case', async () => {
        await page.goto('/');
        await page.waitForURL('**/sign-in');
        await signIn(page, 'supervisor@kith.example', password);
        await expectHeading(page, 'Home');
        await page.getByRole('link', { name: 'Reports', exact: true }).first().waitFor();
        referralId = await referToDemoPractice(page, familyName);
        await page.goto(`/cases/${referralId}`);
        await page
          .getByRole('navigation', { name: 'Sections of this case' })
          .getByRole('link', { name: 'Healthcare use' })
          .click();
        await expectHeading(page, /Healthcare use$/);
        await page.getByText('Nothing recorded yet.').waitFor();
        await checkAccessibility(page, 'healthcare use');
      });

      await step('a figure that is not a whole number is named in the error summary', async () => {
        const gp = page.getByRole('group', { name: 'GP consultations' });
        await gp.getByLabel('In the 6 months before the referral').fill('six');
        await page.getByRole('button', { name: 'Save healthcare use' }).click();
        const summary = page.locator('.nhsuk-error-summary');
        await summary
          .getByRole('link', { name: 'Enter GP consultations before as a whole number, or leave it blank if not recorded' })
          .click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('gpConsultationsBefore');
        await checkAccessibility(page, 'healthcare use with errors');
      });

      await step('the supervisor records the figures before the referral; those after cannot exist yet', async () => {
        const gp = page.getByRole('group', { name: 'GP consultations' });
        const ae = page.getByRole('group', { name: 'A&E attendances' });
        // A referral made today: the form says when the "6 months after" figures can be entered, and asks for none.
        expect(await gp.getByLabel('In the 6 months after the referral').count()).toBe(0);
        await gp
          .getByText(/^You can enter this from \d{1,2} \w+ \d{4}, when the 6 months after the referral have passed\.$/)
          .waitFor();
        await ae.getByText(/^You can enter this from \d{1,2} \w+ \d{4}/).waitFor();
        await gp.getByLabel('In the 6 months before the referral').fill('6');
        await ae.getByLabel('In the 6 months before the referral').fill('2');
        await page.getByRole('button', { name: 'Save healthcare use' }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText('Healthcare use saved').waitFor();
        await page.getByText(/^2 of 4 figures recorded, last saved .* by Sam Supervisor\.$/).waitFor();
        expect(await gp.getByLabel('In the 6 months before the referral').inputValue()).toBe('6');
        await checkAccessibility(page, 'healthcare use saved');
        // The server refuses "after" figures sent anyway, naming the field.
        const early = await page.evaluate(async (id) => {
          const me = await (await fetch('/api/me')).json();
          const response = await fetch(`/api/referrals/${id}/healthcare-use`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({
              gpConsultationsBefore: 6,
              gpConsultationsAfter: 3,
              aeAttendancesBefore: 2,
              aeAttendancesAfter: null,
            }),
          });
          return { status: response.status, body: await response.json() };
        }, referralId);
        expect(early.status).toBe(400);
        expect(early.body.issues.map((issue: { path: string }) => issue.path)).toEqual(['gpConsultationsAfter']);
        await signOut(page);
      });

      await step('the PCN manager finds the reports from the home page', async () => {
        await signIn(page, 'pcnmanager@kith.example', password);
        await expectHeading(page, 'Home');
        await page.locator('.kith-go-to').getByRole('link', { name: 'Reports', exact: true }).click();
        await expectHeading(page, 'Reports');
        await checkAccessibility(page, 'reports index');
        await page.getByRole('link', { name: 'Common outcomes framework' }).click();
        await expectHeading(page, 'Common outcomes framework');
        await page.getByRole('heading', { name: HEALTHCARE_TABLE }).waitFor();
        await checkAccessibility(page, 'outcomes report');
      });

      await step('filtering by practice puts the filters in the address and shows the table', async () => {
        await page.getByLabel('Primary care network').selectOption({ label: DEMO_PCN });
        await page.getByLabel('GP practice').selectOption({ label: DEMO_PRACTICE });
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL((url) => url.searchParams.has('practiceId') && url.searchParams.has('pcnId'));
        await page.getByText(`${DEMO_PCN}, ${DEMO_PRACTICE}`).waitFor();
        const table = page.getByRole('table', { name: HEALTHCARE_TABLE });
        await table.getByRole('rowheader', { name: 'GP consultations' }).waitFor();
        await checkAccessibility(page, 'outcomes report for a practice');
      });

      await step('back and forward move between the filtered and unfiltered views', async () => {
        await page.goBack();
        await page.waitForURL((url) => !url.searchParams.has('practiceId'));
        expect(await page.getByLabel('GP practice').inputValue()).toBe('');
        await page.goForward();
        await page.waitForURL((url) => url.searchParams.has('practiceId'));
        await page.getByText(`${DEMO_PCN}, ${DEMO_PRACTICE}`).waitFor();
      });

      await step('the CSV download has the filters and starts with the table header row', async () => {
        const csvLinks = page.getByRole('link', { name: /^Download CSV/ });
        const names = await csvLinks.evaluateAll((links) => links.map((link) => link.textContent));
        const index = names.findIndex((name) => name?.endsWith(HEALTHCARE_TABLE));
        expect(index, JSON.stringify(names)).toBeGreaterThanOrEqual(0);
        const href = await csvLinks.nth(index).getAttribute('href');
        expect(href).toMatch(/^\/api\/reports\/outcomes\/tables\/healthcare-use\.csv\?.*practiceId=/);
        const headers = await page
          .getByRole('table', { name: HEALTHCARE_TABLE })
          .getByRole('columnheader')
          .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
        const download = await page.evaluate(async (url) => {
          const response = await fetch(url ?? '');
          return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
        }, href);
        expect(download.status).toBe(200);
        expect(download.type).toMatch(/^text\/csv/);
        const [headerRow, firstRow] = download.body.split(/\r?\n/);
        // The same columns as on screen, in order (labels with commas quoted, as CSV needs).
        const quoted = headers.map((label) => (/[",]/.test(label) ? `"${label.replaceAll('"', '""')}"` : label));
        expect(headerRow).toBe(quoted.join(','));
        expect(firstRow?.startsWith('GP consultations,')).toBe(true);
      });

      await step('the funnel for the same practice draws its chart from the table beside it', async () => {
        const search = new URL(page.url()).search;
        await page.goto(`/reports/funnel${search}`);
        await expectHeading(page, 'Referral funnel and equity');
        await page.getByText(`${DEMO_PCN}, ${DEMO_PRACTICE}`).waitFor();
        const chart = page.getByRole('figure', { name: /^Bar chart: Referrals by Stage\./ });
        await chart.locator('.recharts-bar-rectangle').first().waitFor();
        await page.getByRole('table', { name: 'Referral funnel' }).getByRole('rowheader', { name: 'Referred' }).waitFor();
        await checkAccessibility(page, 'funnel report for a practice');
      });

      await step('the period filter takes UK dates, day, month and year', async () => {
        const from = page.getByRole('group', { name: 'From' });
        await from.getByLabel('Day').fill('1');
        await from.getByLabel('Month').fill('4');
        await from.getByLabel('Year').fill('2026');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL((url) => url.searchParams.get('from') === '2026-04-01');
        expect(await page.getByRole('group', { name: 'From' }).getByLabel('Day').inputValue()).toBe('1');
      });

      await step('the ROI assumptions can be changed for the view and reset to the saved defaults', async () => {
        await page.goto('/reports/roi');
        await expectHeading(page, 'Return on investment');
        await page.getByText('The quality of the evidence').waitFor();
        await checkAccessibility(page, 'return on investment');
        await page.getByLabel('Cost of a GP consultation (£)').fill('');
        await page.getByRole('button', { name: 'Recalculate' }).click();
        await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter the cost of a GP consultation' }).waitFor();
        await checkAccessibility(page, 'return on investment with errors');
        await page.getByLabel('Cost of a GP consultation (£)').fill('55');
        await page.getByRole('button', { name: 'Recalculate' }).click();
        await page.waitForURL((url) => url.searchParams.get('gpConsultationCost') === '55');
        await page.getByText('This view uses assumptions that differ from the saved defaults.').waitFor();
        await page.getByRole('button', { name: 'Reset to saved defaults' }).click();
        await page.waitForURL((url) => !url.searchParams.has('gpConsultationCost'));
        await page.getByText('This view uses the saved defaults.').waitFor();
        expect(await page.getByLabel('Cost of a GP consultation (£)').inputValue()).not.toBe('55');
      });

      await step('the evidence pack prints without the site navigation', async () => {
        await page.getByRole('link', { name: /^Evidence pack for this PCN or the whole ICB/ }).click();
        await expectHeading(page, /Social prescribing evidence pack/);
        await page.getByRole('heading', { name: 'Key figures' }).waitFor();
        await page.getByRole('heading', { name: 'Assumptions', exact: true }).waitFor();
        await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
        await checkAccessibility(page, 'evidence pack');
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.nhsuk-header').isVisible()).toBe(false);
        expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
        expect(await page.getByRole('heading', { name: 'Return on investment', exact: true }).first().isVisible()).toBe(true);
        await page.emulateMedia({ media: 'screen' });
        await signOut(page);
      });

      await step('the commissioner sees aggregates only, with small numbers suppressed', async () => {
        await signIn(page, 'commissioner@kith.example', password);
        await expectHeading(page, 'Home');
        await page.locator('.kith-go-to').getByRole('link', { name: 'Reports', exact: true }).click();
        await expectHeading(page, 'Reports');
        await page.getByRole('link', { name: 'Referral funnel and equity' }).click();
        await expectHeading(page, 'Referral funnel and equity');
        await page.getByText('Small numbers are hidden to protect privacy').waitFor();
        await page.getByRole('heading', { name: 'Referral funnel', exact: true }).waitFor();
        expect(await page.getByLabel('Link worker').count()).toBe(0);
        const counts = await shownCounts(page);
        expect(counts.length).toBeGreaterThan(0);
        expect(counts.filter((text) => /^[1-4]$/.test(text))).toEqual([]);
        await checkAccessibility(page, 'funnel report for a commissioner');
      });

      await step('no report the commissioner can reach returns a count from 1 to 4', async () => {
        const small = await page.evaluate(async () => {
          const found: string[] = [];
          for (const id of ['outcomes', 'funnel', 'caseload-pressure', 'unmet-need', 'roi']) {
            const report = await (await fetch(`/api/reports/${id}`)).json();
            for (const headline of report.headlines) {
              if (headline.kind === 'count' && typeof headline.value === 'number' && headline.value >= 1 && headline.value <= 4) {
                found.push(`${id}: ${headline.label}`);
              }
            }
            for (const table of report.tables) {
              const counts = table.columns.filter((c: { kind: string }) => c.kind === 'count').map((c: { key: string }) => c.key);
              for (const row of table.rows) {
                for (const key of counts) {
                  const value = row[key];
                  if (typeof value === 'number' && value >= 1 && value <= 4) found.push(`${id}/${table.id}: ${key}`);
                }
              }
            }
          }
          return found;
        });
        expect(small).toEqual([]);
      });

      await step('the commissioner opens the evidence pack for the whole ICB', async () => {
        await page.goto('/reports/evidence-pack');
        await expectHeading(page, /Social prescribing evidence pack/);
        await page.getByRole('heading', { name: 'Key figures' }).waitFor();
        await page.getByText('Small numbers are hidden to protect privacy').waitFor();
        const counts = await shownCounts(page);
        expect(counts.filter((text) => /^[1-4]$/.test(text))).toEqual([]);
        await checkAccessibility(page, 'evidence pack for a commissioner');
        await signOut(page);
      });

      await step('an administrator saves the report settings, with field-level errors first', async () => {
        await signIn(page, 'admin@kith.example', password);
        await expectHeading(page, 'Home');
        await page.locator('.kith-go-to').getByRole('link', { name: 'Report settings' }).click();
        await expectHeading(page, 'Report settings');
        await checkAccessibility(page, 'report settings');
        const share = page.getByLabel('Share of the change attributed to social prescribing (0 to 1)');
        await share.fill('1.5');
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page
          .locator('.nhsuk-error-summary')
          .getByRole('link', { name: 'The share attributed to social prescribing must be between 0 and 1' })
          .waitFor();
        await page.locator('#roi-attributionShare-error').waitFor();
        await checkAccessibility(page, 'report settings with errors');
        await share.fill('0.4');
        await page.getByLabel('Active cases per whole-time link worker').fill('35');
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.locator('.nhsuk-notification-banner--success').getByText('Report settings saved').waitFor();
        await page.getByText(/^Last saved /).waitFor();
        expect(await page.getByLabel('Active cases per whole-time link worker').inputValue()).toBe('35');
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
