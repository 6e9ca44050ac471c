import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type JourneyPage, openJourneyPage } from './journey-page.ts';
import { launchBrowser } from './launch-browser.ts';
import { type RunningKith, startKith } from './start-kith.ts';

export interface KithJourney {
  readonly kith: RunningKith;
  readonly journey: JourneyPage;
}

/**
 * Starts a real Kith (fresh embedded database with demo data) and a browser page for the
 * surrounding `describe`, and stops both afterwards. Read `kith` and `journey` inside tests.
 */
export function useKithJourney(timeoutMs: number): KithJourney {
  let kith: RunningKith | undefined;
  let browser: Browser | undefined;
  let journey: JourneyPage | undefined;

  beforeAll(async () => {
    kith = await startKith();
    browser = await launchBrowser();
    journey = await openJourneyPage(browser, kith.url);
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
