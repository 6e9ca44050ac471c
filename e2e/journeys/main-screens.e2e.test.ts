import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { MAIN_SCREENS, type ScreenSession, visitMainScreen } from '../support/main-screens.ts';

const JOURNEY_TIMEOUT_MS = 120_000;
const SCREEN_TIMEOUT_MS = 60_000;

describeJourney('journey: every role’s main screens', JOURNEY_TIMEOUT_MS, (running) => {
  let session: ScreenSession | undefined;
  const sessionOn = (page: Page): ScreenSession => {
    session ??= { page, signedInAs: 'visitor' };
    return session;
  };

  // One test per screen, so a run lists every screen that fails rather than stopping at the first.
  it.each(MAIN_SCREENS.map((screen) => [`${screen.id} (${screen.as})`, screen] as const))(
    '%s: heading, axe and no sideways scroll',
    async (_name, screen) => {
      const { page, step, problems } = running.journey;
      await step(`${screen.as} opens ${screen.title}`, async () => {
        await visitMainScreen(sessionOn(page), screen);
        await expectHeading(page, screen.heading);
        await checkAccessibility(page, `${screen.title} as ${screen.as}`);
      });
      if (problems.length > 0) throw new Error(`Browser problems:\n  ${problems.splice(0).join('\n  ')}`);
    },
    SCREEN_TIMEOUT_MS,
  );
});
