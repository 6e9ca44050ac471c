import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { DESKTOP } from '../../../e2e/support/viewports.ts';
import {
  fetchRoundTripScript,
  type HeadingName,
  headingVisibleScript,
  LOAD_FINISHED_SCRIPT,
  PAGE_FIGURES_SCRIPT,
  type PageFigures,
  type ResourceFigures,
} from './page-scripts.ts';

/** Bytes of one kind of asset a page fetched: on the wire (compressed body) and once decoded. */
export interface AssetBytes {
  files: number;
  /** Resource Timing transferSize: body as sent plus response headers. */
  transferBytes: number;
  /** Resource Timing encodedBodySize: the body as sent (compressed when the server compressed it). */
  encodedBytes: number;
  decodedBytes: number;
}

/** One cold load of a screen, in milliseconds from the navigation's start. */
export interface ScreenLoad {
  responseEnd: number;
  domContentLoadedEventEnd: number;
  loadEventEnd: number;
  headingVisible: number;
  /** Once the page's requests settled: everything the screen fetched, lazy route chunks included. */
  js: AssetBytes;
  css: AssetBytes;
  html: { transferBytes: number; encodedBytes: number };
  /** `fetch('/health')` on the page's now-open connection, right after the load. */
  warmHealthFetchMs: number;
}

/** A cold navigation to `/health` in a fresh context: the floor for loading anything from this server. */
export interface BaselineLoad {
  responseEnd: number;
  loadEventEnd: number;
}

/**
 * A new browser context (empty HTTP cache, no open connections) holding only `cookies`, at the
 * journeys' desktop size. Closed by `use`'s caller through the returned context.
 */
async function coldPage(
  browser: Browser,
  origin: string,
  cookies: readonly Cookie[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: DESKTOP.width, height: DESKTOP.height } });
  if (cookies.length > 0) await context.addCookies([...cookies]);
  return { context, page: await context.newPage() };
}

function bytesOf(resources: readonly ResourceFigures[], extension: '.js' | '.css'): AssetBytes {
  const chosen = resources.filter((resource) => new URL(resource.name).pathname.endsWith(extension));
  const sum = (pick: (resource: ResourceFigures) => number) => chosen.reduce((total, resource) => total + pick(resource), 0);
  return {
    files: chosen.length,
    transferBytes: sum((resource) => resource.transferSize),
    encodedBytes: sum((resource) => resource.encodedBodySize),
    decodedBytes: sum((resource) => resource.decodedBodySize),
  };
}

/** Opens `path` cold and times it until its h1 reads `heading`; throws if it never does. */
export async function loadScreenCold(
  browser: Browser,
  origin: string,
  cookies: readonly Cookie[],
  path: string,
  heading: HeadingName,
  timeoutMs: number,
): Promise<ScreenLoad> {
  const { context, page } = await coldPage(browser, origin, cookies);
  try {
    // 'commit' so the heading is watched from the first frame; the load event is awaited below.
    await page.goto(path, { waitUntil: 'commit', timeout: timeoutMs });
    const headingVisible = (await page.evaluate(headingVisibleScript(heading, timeoutMs))) as number;
    await page.evaluate(LOAD_FINISHED_SCRIPT);
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    const figures = (await page.evaluate(PAGE_FIGURES_SCRIPT)) as PageFigures;
    const warmHealthFetchMs = (await page.evaluate(fetchRoundTripScript('/health'))) as number;
    const { navigation, resources } = figures;
    return {
      responseEnd: navigation.responseEnd,
      domContentLoadedEventEnd: navigation.domContentLoadedEventEnd,
      loadEventEnd: navigation.loadEventEnd,
      headingVisible,
      js: bytesOf(resources, '.js'),
      css: bytesOf(resources, '.css'),
      html: { transferBytes: navigation.transferSize, encodedBytes: navigation.encodedBodySize },
      warmHealthFetchMs,
    };
  } finally {
    await context.close();
  }
}

/** Opens `/health` cold, as a page, in a fresh context with the same cookies. */
export async function loadBaselineCold(
  browser: Browser,
  origin: string,
  cookies: readonly Cookie[],
  timeoutMs: number,
): Promise<BaselineLoad> {
  const { context, page } = await coldPage(browser, origin, cookies);
  try {
    const response = await page.goto('/health', { waitUntil: 'load', timeout: timeoutMs });
    if (response?.status() !== 200) throw new Error(`/health answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(LOAD_FINISHED_SCRIPT);
    const { navigation } = (await page.evaluate(PAGE_FIGURES_SCRIPT)) as PageFigures;
    return { responseEnd: navigation.responseEnd, loadEventEnd: navigation.loadEventEnd };
  } finally {
    await context.close();
  }
}
