import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { CHROMIUM_PATH, launchBrowser } from '../../../e2e/support/launch-browser.ts';
import { startKith } from '../../../e2e/support/start-kith.ts';
import { progress } from '../support/bench-environment.ts';
import { publishReport } from '../support/bench-report.ts';
import { describeMachine } from '../support/machine.ts';
import { type BaselineLoad, loadBaselineCold, loadScreenCold, type ScreenLoad } from './cold-load.ts';
import { prepareScreens, type TimedScreen } from './screen-sessions.ts';
import { builtWebAppCopy } from './web-build.ts';
import { goalsOf, renderWeb, type ScreenResult, screenResult, spread, type WebReport } from './web-report.ts';
import { RESULTS_FILE, SCREEN_IDS, WEB_SETTINGS } from './web-settings.ts';

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/**
 * Each main screen's first load in Chromium with a cold cache (issue 18): the real Kith process on
 * a fresh embedded database with demo data, serving the built web app over HTTP; every load in a
 * new browser context that holds only the viewer's session cookie.
 */
export async function runWebBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  if (!existsSync(CHROMIUM_PATH)) {
    const line = `CHROMIUM MISSING: ${CHROMIUM_PATH} does not exist, so the web bench measured nothing (apt-get install chromium)`;
    progress(`\n!!! ${line} !!!\n`);
    process.stdout.write(`\n!!! ${line}\n`);
    return;
  }

  progress('web: bringing the web app build up to date');
  const webDist = await builtWebAppCopy(progress);
  progress('web: starting Kith (fresh embedded database, demo data)');
  const kith = await startKith({ KITH_WEB_DIST: webDist });
  const browser = await launchBrowser();
  const warnings: string[] = [];
  try {
    progress('web: signing in once per role and finding the record screens');
    const screens = await prepareScreens(browser, kith.url, SCREEN_IDS);
    const timeout = WEB_SETTINGS.headingTimeoutMs;

    // One untimed round, so what is timed is the browser's cold start against a server that has
    // already answered each route once (its code compiled, its first queries planned).
    progress('web: warm-up round (untimed)');
    for (const screen of screens) await tryLoad(screen, 'warm-up');

    const baselineRuns: BaselineLoad[] = [];
    const loads = new Map<string, ScreenLoad[]>(screens.map((screen) => [screen.id, []]));
    for (let run = 1; run <= WEB_SETTINGS.runs; run += 1) {
      progress(`web: round ${run} of ${WEB_SETTINGS.runs}`);
      // The baseline takes its turn in every round, so both sides see the same machine load.
      baselineRuns.push(await loadBaselineCold(browser, kith.url, [], timeout));
      for (const screen of screens) {
        const load = await tryLoad(screen, `round ${run}`);
        if (load !== null) loads.get(screen.id)?.push(load);
      }
    }

    const baseline = {
      coldHealthLoadMs: spread(baselineRuns.map((run) => run.loadEventEnd)),
      coldHealthResponseEndMs: spread(baselineRuns.map((run) => run.responseEnd)),
      warmHealthFetchMs: spread(
        [...loads.values()].flat().map((load) => load.warmHealthFetchMs),
        0,
      ),
      runs: baselineRuns,
    };
    const results: ScreenResult[] = [];
    for (const screen of screens) {
      const runs = loads.get(screen.id) ?? [];
      if (runs.length === 0) {
        warnings.push(`${screen.id} (${screen.path}) NOT measured: no load showed its heading`);
        continue;
      }
      results.push(screenResult(screen, runs, baseline.coldHealthLoadMs));
    }
    if (results.length === 0 || baselineRuns.length === 0)
      throw new Error(`no screen could be measured:\n${warnings.join('\n')}`);
    for (const result of results) {
      if (result.js.encodedBytes > 0 && result.js.encodedBytes >= result.js.decodedBytes)
        warnings.push(`${result.id}: its JavaScript was sent uncompressed (wire size = decoded size)`);
    }

    const report: WebReport = {
      benchmark: 'web',
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: describeMachine(),
      settings: { ...WEB_SETTINGS, screens: SCREEN_IDS, chromium: browser.version(), origin: kith.url },
      baseline,
      screens: results,
      goals: goalsOf(results, 'sign-in'),
      warnings,
    };
    await publishReport(RESULTS_FILE, report, renderWeb(report));
  } finally {
    await browser.close();
    await kith.stop();
    await rm(webDist, { recursive: true, force: true });
  }

  /** One cold load, or null (with a warning) if the screen did not show its heading in time. */
  async function tryLoad(screen: TimedScreen, when: string): Promise<ScreenLoad | null> {
    try {
      return await loadScreenCold(browser, kith.url, screen.cookies, screen.path, screen.heading, WEB_SETTINGS.headingTimeoutMs);
    } catch (error) {
      const line = `${screen.id} (${when}): ${message(error)}`;
      progress(`  !!! ${line}`);
      warnings.push(line);
      return null;
    }
  }
}
