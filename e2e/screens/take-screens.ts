/**
 * `npm run screens`: photographs Kith's main screens (e2e/support/main-screens.ts, the list the
 * main-screens journey checks) at desktop and phone size into docs/screens/. Run with --help.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import buildWebAppForRun from '../support/build-web-global-setup.ts';
import { openJourneyPage } from '../support/journey-page.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { MAIN_SCREENS, type ScreenSession, visitMainScreen } from '../support/main-screens.ts';
import { startKith } from '../support/start-kith.ts';
import { ALL_VIEWPORTS } from '../support/viewports.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HELP = `Usage: npm run screens -- [options]

Starts Kith on a fresh embedded database with the demo data, signs in as each demo role and
saves a screenshot of each main screen at desktop (1366×768) and phone (390×844) size:
<out>/<screen>-desktop.png and <out>/<screen>-phone.png. Screenshots show the window, not the
whole page, to keep the files small. The screens are listed in e2e/support/main-screens.ts.

Options:
  --only <ids>     comma-separated screen ids (default: all), e.g. --only caseload,report-funnel
  --sizes <names>  desktop, phone or both (default: both)
  --out <dir>      where to write the PNGs (default: docs/screens)
  --url <url>      photograph a Kith already running there with the demo data, instead of
                   starting one (and do not build the web app)
  --no-build       serve packages/web/dist as it is instead of building the web app afresh
  --list           print the screen ids and titles, and stop
  --help           show this help
`;

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string', default: 'both' },
      out: { type: 'string', default: join(REPO_ROOT, 'docs/screens') },
      url: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const ids = values.only?.split(',').map((id) => id.trim());
  const unknown = ids?.filter((id) => !MAIN_SCREENS.some((screen) => screen.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`No such screen: ${unknown.join(', ')} (see --list)`);
  const viewports = ALL_VIEWPORTS.filter((viewport) => values.sizes === 'both' || values.sizes === viewport.name);
  if (viewports.length === 0) throw new Error(`--sizes must be desktop, phone or both, not "${values.sizes}"`);
  return {
    ...values,
    screens: MAIN_SCREENS.filter((screen) => ids === undefined || ids.includes(screen.id)),
    viewports,
  };
}

async function main(): Promise<number> {
  const chosen = options();
  if (chosen.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (chosen.list) {
    for (const screen of MAIN_SCREENS) process.stdout.write(`${screen.id.padEnd(26)} ${screen.as.padEnd(14)} ${screen.title}\n`);
    return 0;
  }

  await mkdir(chosen.out, { recursive: true });
  let removeBuild = () => {};
  if (chosen.url === undefined && !chosen['no-build']) {
    process.stdout.write('Building the web app…\n');
    removeBuild = buildWebAppForRun();
  }
  const kith = chosen.url === undefined ? await startKith() : undefined;
  const url = chosen.url ?? kith?.url ?? '';
  const browser = await launchBrowser();
  const failed: string[] = [];
  let totalBytes = 0;
  try {
    for (const viewport of chosen.viewports) {
      const { page, context } = await openJourneyPage(browser, url, viewport);
      const session: ScreenSession = { page, signedInAs: 'visitor' };
      for (const screen of chosen.screens) {
        const file = join(chosen.out, `${screen.id}-${viewport.name}.png`);
        try {
          await visitMainScreen(session, screen);
          // Off any link, so no hover styles; the caret would blink differently on every run.
          await page.mouse.move(0, 0);
          await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
          const bytes = (await stat(file)).size;
          totalBytes += bytes;
          process.stdout.write(`  ${relative(REPO_ROOT, file)}  ${Math.round(bytes / 1024)} KB\n`);
        } catch (error) {
          failed.push(`${screen.id} (${viewport.name}): ${error instanceof Error ? error.message : String(error)}`);
          process.stdout.write(`  ✖ ${screen.id} (${viewport.name})\n`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await kith?.stop();
    removeBuild();
  }

  process.stdout.write(`Wrote ${Math.round(totalBytes / 1024)} KB of screenshots to ${relative(REPO_ROOT, chosen.out) || '.'}\n`);
  if (failed.length === 0) return 0;
  process.stderr.write(`\n${failed.length} screenshot(s) failed:\n${failed.join('\n')}\n`);
  return 1;
}

process.exitCode = await main();
