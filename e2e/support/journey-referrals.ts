import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The person a journey refers: made up, in the demo area. */
export interface JourneyPerson {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
  nhsNumber?: string;
}

/**
 * Refers a made-up person to the first PCN with the signed-in browser's own session (fetch in
 * the page, with its CSRF token), the way a GP practice would; returns the person's id. Journeys
 * use it to set the scene quickly when the referral form itself is not what they test.
 */
export async function referThroughApi(page: Page, person: JourneyPerson, reasons: string[]): Promise<string> {
  const result = await page.evaluate(
    async ({ person, reasons }) => {
      const me = await (await fetch('/api/me')).json();
      const pcns = await (await fetch('/api/organisations?kind=pcn')).json();
      const response = await fetch('/api/referrals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          organisationId: pcns.items[0].id,
          person,
          reasons,
          consent: { toReferral: true, toDataSharing: true },
        }),
      });
      return { status: response.status, body: await response.json() };
    },
    { person, reasons },
  );
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.person.id;
}
