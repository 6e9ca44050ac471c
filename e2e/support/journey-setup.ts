import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type JourneyPage, openJourneyPage } from './journey-page.ts';
import { CHROMIUM_PATH, launchBrowser } from './launch-browser.ts';
import { type RunningKith, startKith } from './start-kith.ts';
import { DESKTOP, type JourneyViewport, journeyViewports } from './viewports.ts';

export interface KithJourney {
  readonly kith: RunningKith;
  readonly journey: JourneyPage;
}

/**
 * Declares a journey: a `describe` per screen size it runs at (see `journeyViewports`), each with
 * its own Kith and browser page, so the journey file states only its name and its steps. Skipped
 * where there is no Chromium. The size is in the test name: "… (phone 390×844)".
 */
export function describeJourney(
  name: string,
  timeoutMs: number,
  steps: (running: KithJourney, viewport: JourneyViewport) => void,
): void {
  const testFile = expect.getState().testPath;
  if (!testFile) throw new Error('describeJourney must be called while Vitest collects a journey file');
  for (const viewport of journeyViewports(testFile)) {
    describe.skipIf(!existsSync(CHROMIUM_PATH))(`${name} (${viewport.name} ${viewport.width}×${viewport.height})`, () => {
      steps(useKithJourney(timeoutMs, viewport), viewport);
    });
  }
}

/**
 * Starts a real Kith (fresh embedded database with demo data) and a browser page at `viewport`
 * for the surrounding `describe`, and stops both afterwards. Read `kith` and `journey` inside tests.
 * `env` is read when Kith starts, so a `beforeAll` registered before this call can start servers
 * (SMTP, Notify) and hand their addresses to Kith.
 */
export function useKithJourney(
  timeoutMs: number,
  viewport: JourneyViewport = DESKTOP,
  env: () => Record<string, string> = () => ({}),
): KithJourney {
  let kith: RunningKith | undefined;
  let browser: Browser | undefined;
  let journey: JourneyPage | undefined;

  beforeAll(async () => {
    kith = await startKith(env());
    browser = await launchBrowser();
    journey = await openJourneyPage(browser, kith.url, viewport);
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await kith?.stop();
  }, timeoutMs);

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The journey has not started: read it inside a test');
    return value;
  };
  return {
    get kith() {
      return ready(kith);
    },
    get journey() {
      return ready(journey);
    },
  };
}
