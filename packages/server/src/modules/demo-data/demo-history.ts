import type { Db } from '../../db/client.ts';
import { generateSyntheticData } from '../synthetic-data/synthetic-generator.ts';

/**
 * Three years of report-worthy history for the demo ICB: the `demo` synthetic preset (two more
 * PCNs with their practices, link workers, people, referrals, outcome measures, onward referrals
 * to a small directory…) generated into the demo ICB, so the impact and pressure reports have
 * something to show. The demo PCN (Y9B01) gets nothing: browser journeys rely on its queue and
 * caseload being exactly as demo-data.ts leaves them.
 *
 * `KITH_DEMO_HISTORY=off` leaves it out, for a faster start when only the demo PCN matters.
 */
export function demoHistoryWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KITH_DEMO_HISTORY !== 'off';
}

export async function loadDemoHistory(db: Db, icbId: string, passwordHash: string): Promise<void> {
  // Kith runs ANALYZE after loading the demo data anyway (main.ts), so the generator need not.
  await generateSyntheticData(db, { preset: 'demo', intoIcbId: icbId, passwordHash, analyze: false });
}
