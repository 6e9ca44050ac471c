import { DEMO_PASSWORD, DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import type { Browser, Cookie } from 'playwright-core';
import { signIn } from '../../../e2e/support/journey-page.ts';
import { MAIN_SCREENS, type MainScreen, type ScreenViewer } from '../../../e2e/support/main-screens.ts';
import { DESKTOP } from '../../../e2e/support/viewports.ts';

/** A screen ready to time: its path found (a record's id), and the cookies of who looks at it. */
export interface TimedScreen {
  id: string;
  title: string;
  as: ScreenViewer;
  path: string;
  heading: MainScreen['heading'];
  cookies: Cookie[];
}

function screenById(id: string): MainScreen {
  const screen = MAIN_SCREENS.find((candidate) => candidate.id === id);
  if (screen === undefined) throw new Error(`No main screen "${id}" in e2e/support/main-screens.ts`);
  return screen;
}

function demoEmail(viewer: Exclude<ScreenViewer, 'visitor'>): string {
  const user = DEMO_USERS.find((demo) => demo.role === viewer);
  if (user === undefined) throw new Error(`No demo user has the role ${viewer}`);
  return user.email;
}

/**
 * Signs in once per viewer (through the sign-in form, as a person would) and, in that warm
 * session, finds the path of every screen that names a record; keeps the session's cookies so each
 * timed load can start from an empty context that is already signed in. Nothing here is timed.
 */
export async function prepareScreens(browser: Browser, origin: string, ids: readonly string[]): Promise<TimedScreen[]> {
  const screens = ids.map(screenById);
  const prepared = new Map<string, TimedScreen>();
  const viewers = [...new Set(screens.map((screen) => screen.as))];
  for (const viewer of viewers) {
    const context = await browser.newContext({ baseURL: origin, viewport: { width: DESKTOP.width, height: DESKTOP.height } });
    try {
      const page = await context.newPage();
      if (viewer !== 'visitor') {
        await page.goto('/sign-in');
        await signIn(page, demoEmail(viewer), DEMO_PASSWORD);
        await page.getByRole('heading', { level: 1, name: 'Home', exact: true }).waitFor();
      }
      for (const screen of screens.filter((candidate) => candidate.as === viewer)) {
        const path = typeof screen.at === 'string' ? screen.at : await screen.at(page);
        prepared.set(screen.id, { id: screen.id, title: screen.title, as: viewer, path, heading: screen.heading, cookies: [] });
      }
      const cookies = await context.cookies();
      for (const screen of prepared.values()) if (screen.as === viewer) screen.cookies = cookies;
    } finally {
      await context.close();
    }
  }
  return ids.map((id) => prepared.get(id) as TimedScreen);
}
