import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, type JourneyViewport } from './viewports.ts';

export interface JourneyPage {
  viewport: JourneyViewport;
  context: BrowserContext;
  page: Page;
  /** Uncaught script errors and anything the Content-Security-Policy refused, in order. */
  problems: string[];
  /** Runs one named step; if it fails, the error names the step and lists the browser's problems. */
  step(name: string, action: () => Promise<void>): Promise<void>;
}

/**
 * A fresh browser context (no cookies) on the Kith at `baseURL`, at the viewport's size, watching
 * for script and CSP errors. A phone is a plain narrow window, not Chromium's mobile emulation:
 * that zooms out to fit a page that is too wide, which would hide the sideways scroll we look for.
 */
export async function openJourneyPage(
  browser: Browser,
  baseURL: string,
  viewport: JourneyViewport = DESKTOP,
): Promise<JourneyPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: viewport.width, height: viewport.height },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });

  const step = async (name: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const seen = problems.length > 0 ? `\nBrowser problems so far:\n  ${problems.join('\n  ')}` : '';
      throw new Error(`Step "${name}" failed at ${page.url()}: ${reason}${seen}`, { cause: error });
    }
  };

  return { viewport, context, page, problems, step };
}

/**
 * Waits for the page's h1 to read `name` (the route has rendered) and checks it is the only one.
 * A string must match the whole heading: a substring match let "Supervision session" pass while
 * the form headed "Record a supervision session" was still on screen, mid-navigation.
 */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
  expect(await page.locator('h1').count()).toBe(1);
}

/** Fills in and submits the sign-in form. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
