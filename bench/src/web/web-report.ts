import type { MachineInfo } from '../support/machine.ts';
import { percentile, ratio } from '../support/statistics.ts';
import { formatNumber, formatRatio, renderTable } from '../support/table-format.ts';
import type { AssetBytes, BaselineLoad, ScreenLoad } from './cold-load.ts';
import { GOAL_FIRST_LOAD_MS, GOAL_FIRST_SCREEN_JS_KB } from './web-settings.ts';

export interface Spread {
  p50: number;
  p95: number;
}

export interface ScreenResult {
  id: string;
  title: string;
  as: string;
  path: string;
  headingVisibleMs: Spread;
  domContentLoadedMs: Spread;
  loadEventEndMs: Spread;
  responseEndMs: Spread;
  /** h1 visible ÷ the baseline's cold /health load, at the same percentile. */
  timesHealth: { p50: number | null; p95: number | null };
  /** p95 of h1 visible within the 1 s. */
  meetsGoal: boolean;
  /** The first run's bytes (every run loads the same files). */
  js: AssetBytes;
  css: AssetBytes;
  runs: ScreenLoad[];
}

export interface WebReport {
  benchmark: 'web';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  settings: Record<string, unknown>;
  baseline: { coldHealthLoadMs: Spread; coldHealthResponseEndMs: Spread; warmHealthFetchMs: Spread; runs: BaselineLoad[] };
  screens: ScreenResult[];
  goals: {
    firstLoadMs: { goal: number; screensMeeting: number; screens: number; slowestP95: number };
    firstScreenJsKb: {
      goal: number;
      screen: string;
      encodedKb: number;
      decodedKb: number;
      largestScreen: string;
      largestEncodedKb: number;
    };
  };
  warnings: string[];
}

/** p50 and p95; `empty` for both when nothing was measured (so a failed report still prints). */
export function spread(values: readonly number[], empty?: number): Spread {
  if (values.length === 0 && empty !== undefined) return { p50: empty, p95: empty };
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

export function screenResult(
  screen: { id: string; title: string; as: string; path: string },
  runs: ScreenLoad[],
  baseline: Spread,
): ScreenResult {
  const heading = spread(runs.map((run) => run.headingVisible));
  const first = runs[0] as ScreenLoad;
  return {
    ...screen,
    headingVisibleMs: heading,
    domContentLoadedMs: spread(runs.map((run) => run.domContentLoadedEventEnd)),
    loadEventEndMs: spread(runs.map((run) => run.loadEventEnd)),
    responseEndMs: spread(runs.map((run) => run.responseEnd)),
    timesHealth: { p50: ratio(heading.p50, baseline.p50), p95: ratio(heading.p95, baseline.p95) },
    meetsGoal: heading.p95 <= GOAL_FIRST_LOAD_MS,
    js: first.js,
    css: first.css,
    runs,
  };
}

const kb = (bytes: number) => bytes / 1000;
const ms = (value: number) => formatNumber(value, 0);
const bytesCell = (bytes: AssetBytes) =>
  `${formatNumber(kb(bytes.encodedBytes), 1)} (${formatNumber(kb(bytes.decodedBytes), 1)})`;

export function renderWeb(report: WebReport): string[] {
  const { machine, baseline, goals } = report;
  const header = [
    `Kith benchmark: web   (${report.startedAt})`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${formatNumber(machine.totalMemoryMb / 1024, 1)} GB RAM, ` +
      `load ${machine.loadAverage1m}, Node ${machine.node}; Kith on embedded PGlite with demo data, Chromium headless`,
    `${report.settings.runs} cold loads per screen, each in a new browser context. Shared machines are noisy: read the × columns ` +
      '(ratio to a cold load of /health from the same server in the same run); milliseconds are context.',
  ].join('\n');
  const table = renderTable(
    [
      'screen',
      'as',
      'path',
      'h1 visible p50 / p95 ms',
      '× /health p50 / p95',
      'DOMContentLoaded p50',
      'load p50',
      '≤ 1 s (p95)',
      'JS kB wire (decoded)',
      'CSS kB wire (decoded)',
    ],
    [
      ...report.screens.map((screen) => [
        screen.id,
        screen.as,
        screen.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id'),
        `${ms(screen.headingVisibleMs.p50)} / ${ms(screen.headingVisibleMs.p95)}`,
        `${formatRatio(screen.timesHealth.p50, 1)} / ${formatRatio(screen.timesHealth.p95, 1)}`,
        ms(screen.domContentLoadedMs.p50),
        ms(screen.loadEventEndMs.p50),
        screen.meetsGoal ? 'yes' : 'NO',
        bytesCell(screen.js),
        bytesCell(screen.css),
      ]),
      [
        'baseline: /health',
        'visitor',
        '/health',
        `${ms(baseline.coldHealthLoadMs.p50)} / ${ms(baseline.coldHealthLoadMs.p95)} (load)`,
        '1.0× / 1.0×',
        '',
        ms(baseline.coldHealthLoadMs.p50),
        '',
        '',
        '',
      ],
    ],
    3,
  );
  const f = goals.firstLoadMs;
  const j = goals.firstScreenJsKb;
  const summary = [
    `Goal, first load of each main screen ≤ ${f.goal} ms (h1 visible, p95): ${f.screensMeeting} of ${f.screens} screens; slowest p95 ${ms(f.slowestP95)} ms.`,
    `Goal, JavaScript on the first screen compressed ≤ ${j.goal} kB: ${j.screen} loads ${formatNumber(j.encodedKb, 1)} kB on the wire ` +
      `(${formatNumber(j.decodedKb, 1)} kB decoded) — ${j.encodedKb <= j.goal ? 'met' : 'MISSED'}; the most of any screen: ${j.largestScreen}, ${formatNumber(j.largestEncodedKb, 1)} kB.`,
    `Baseline: cold /health load p50 ${ms(baseline.coldHealthLoadMs.p50)} ms (response end ${ms(baseline.coldHealthResponseEndMs.p50)} ms); ` +
      `fetch('/health') on an open connection after each screen p50 ${formatNumber(baseline.warmHealthFetchMs.p50, 1)} ms. kB = 1,000 bytes; wire = Resource Timing encodedBodySize.`,
  ].join('\n');
  return [header, table, summary];
}

export function goalsOf(screens: readonly ScreenResult[], firstScreenId: string): WebReport['goals'] {
  const first = screens.find((screen) => screen.id === firstScreenId) ?? (screens[0] as ScreenResult);
  const largest = screens.reduce((big, screen) => (screen.js.encodedBytes > big.js.encodedBytes ? screen : big), first);
  return {
    firstLoadMs: {
      goal: GOAL_FIRST_LOAD_MS,
      screensMeeting: screens.filter((screen) => screen.meetsGoal).length,
      screens: screens.length,
      slowestP95: Math.max(...screens.map((screen) => screen.headingVisibleMs.p95)),
    },
    firstScreenJsKb: {
      goal: GOAL_FIRST_SCREEN_JS_KB,
      screen: first.id,
      encodedKb: kb(first.js.encodedBytes),
      decodedKb: kb(first.js.decodedBytes),
      largestScreen: largest.id,
      largestEncodedKb: kb(largest.js.encodedBytes),
    },
  };
}
